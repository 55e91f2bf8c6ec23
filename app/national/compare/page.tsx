import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { compare } from "@/lib/national/scores.server";
import { partnershipOptions } from "@/lib/national/data.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { CycleField, NationalHeading } from "@/components/NationalNav";
import { LazyCompareRadar } from "@/components/charts/LazyCharts";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { FilterForm } from "@/components/ui/FilterForm";
import { Table } from "@/components/ui/Table";
import { COMPARE_MAX, compareSelection } from "@/lib/national/rules";
import { PartnershipPicker } from "./PartnershipPicker";

export const metadata: Metadata = { title: "Compare partnerships" };
export const dynamic = "force-dynamic";

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const { cycle, cycles } = nationalCycles(actor, params.cycle);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const { ids, error } = compareSelection(params.p);
  const result = !error && ids.length >= 2 ? compare(actor, cycle.id, ids) : null;
  const versions = result?.dimensions.flatMap((d) => d.values.map((v) => v?.version)).filter(Boolean) ?? [];
  return (
    <>
      <ErrorSummary errors={error ? [{ field: "p", message: error }] : []} />
      <NationalHeading current="/national/compare">Compare partnerships</NationalHeading>
      <FilterForm submit="Compare">
        <CycleField cycles={cycles} current={cycle.id} />
        <PartnershipPicker
          options={partnershipOptions(actor).map((o) => ({ id: o.id, name: o.name }))}
          chosen={ids}
          max={COMPARE_MAX}
          error={error}
        />
      </FilterForm>
      {result && (
        <>
          <h2 className="govuk-heading-m">{cycle.label}</h2>
          {result.partnerships.length < ids.length && (
            <p className="govuk-body">
              Only partnerships that submitted a self-review in {cycle.label} can be compared;{" "}
              {ids.length - result.partnerships.length} did not.
            </p>
          )}
          <LazyCompareRadar
            series={result.partnerships.map((p) => p.name)}
            data={result.dimensions.map((d) => ({
              dimension: d.name,
              ...Object.fromEntries(result.partnerships.map((p) => [p.name, d.values[ids.indexOf(p.id)]?.stage ?? 0])),
            }))}
          />
          <Table
            testId="compare-table"
            caption={`Stage (score; coverage) by dimension, under framework version ${[...new Set(versions)].join(", ") || "–"}`}
            captionSize="s"
            rows={result.dimensions}
            columns={[
              { header: "Dimension", rowHeader: "regular", cell: (d) => d.name },
              ...result.partnerships.map((p) => ({
                header: p.name,
                cell: (d: (typeof result.dimensions)[number]) => {
                  const v = d.values[ids.indexOf(p.id)];
                  if (!v) return "–";
                  const coverage = v.coverage === null || v.coverage === undefined ? "" : `; coverage ${v.coverage}%`;
                  return `${v.stage} (${v.score ?? "–"}${coverage})`;
                },
              })),
            ]}
          />
        </>
      )}
    </>
  );
}
