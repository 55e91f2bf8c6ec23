// A GET form choosing the cycle (and keeping other query values); works without JavaScript.
import { FilterForm } from "@/components/ui/FilterForm";
import { CycleField } from "@/components/NationalNav";

export function CycleSelect({
  cycles,
  current,
  keep = {},
}: {
  cycles: { id: number; label: string; status: string }[];
  current: number;
  keep?: Record<string, string | undefined>;
}) {
  return (
    <FilterForm submit="Show" secondary compact>
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <CycleField cycles={cycles} current={current} withStatus inline groupClassName="govuk-!-margin-bottom-0" />
    </FilterForm>
  );
}
