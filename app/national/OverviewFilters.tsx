"use client";
// The national overview's filters: a client leaf given the choices as plain lists, so that the
// page's flight data carries each choice once, as data, not as option elements (issue 20, page weight).
import { CycleField } from "@/components/NationalNav";
import { FilterForm } from "@/components/ui/FilterForm";
import { GridRow } from "@/components/ui/Grid";
import { Select } from "@/components/ui/Select";
import { LEVEL_OPTIONS, NATION_OPTIONS } from "@/app/admin/options";

const all = (label: string) => ({ value: "", label });

export function OverviewFilters({
  cycles,
  current,
  filters,
  regions,
  forceAreas,
}: {
  cycles: { id: number; label: string }[];
  current: number;
  filters: { level?: string; nation?: string; region?: string; force?: string; validated?: string };
  regions: string[];
  /** [id, name] of each police force area. */
  forceAreas: [string, string][];
}) {
  return (
    <FilterForm submit="Apply filters" secondary label="Filters">
      <GridRow column="one-quarter">
        <CycleField cycles={cycles} current={current} />
        <Select
          label="Level"
          name="level"
          defaultValue={filters.level ?? ""}
          options={[all("All levels"), ...LEVEL_OPTIONS]}
        />
        <Select
          label="Nation"
          name="nation"
          defaultValue={filters.nation ?? ""}
          options={[all("All nations"), ...NATION_OPTIONS]}
        />
        <Select
          label="Region"
          name="region"
          defaultValue={filters.region ?? ""}
          options={[all("All regions"), ...regions.map((r) => ({ value: r, label: r }))]}
        />
      </GridRow>
      <Select
        label="Police force area"
        name="force"
        defaultValue={filters.force ?? ""}
        options={[all("All force areas"), ...forceAreas.map(([value, label]) => ({ value, label }))]}
      />
      <Select
        label="Peer review"
        name="validated"
        defaultValue={filters.validated ?? ""}
        options={[
          all("Validated or not"),
          { value: "yes", label: "Validated by a published peer review" },
          { value: "no", label: "Not yet validated" },
        ]}
      />
    </FilterForm>
  );
}
