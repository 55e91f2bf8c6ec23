// The audit log's filters: a GET form, so that a filtered view is a link. What was entered is
// shown back, and each error beside its field (the page's error summary links to them).
import Link from "@/components/Link";
import { errorFor, type AuditFilterKey, type ReadAuditFilters } from "@/lib/admin/audit-filters";
import { AUDIT_OUTCOMES } from "@/lib/domain/enums";
import { DateInput, type DatePart } from "@/components/ui/DateInput";
import { FilterForm } from "@/components/ui/FilterForm";
import { GridRow } from "@/components/ui/Grid";
import { Select } from "@/components/ui/Select";
import { TextInput } from "@/components/ui/TextInput";
import { fieldId } from "@/components/ui/field-id";

export const OUTCOME_LABELS: Record<(typeof AUDIT_OUTCOMES)[number], string> = {
  success: "Success",
  failure: "Failure",
  denied: "Denied",
};

function DateFilter({ prefix, legend, result }: { prefix: "from" | "to"; legend: string; result: ReadAuditFilters }) {
  const names = { day: `${prefix}Day`, month: `${prefix}Month`, year: `${prefix}Year` } as const;
  const error = errorFor(result, names.day, names.month, names.year);
  // Only the part that is wrong is marked, or all three when the whole date is (its error is on the day).
  const errorField = result.ok ? undefined : result.errors.find((e) => e.field.startsWith(prefix))?.field;
  const part = (Object.keys(names) as DatePart[]).find((p) => names[p] === errorField);
  return (
    <DateInput
      id={fieldId(prefix)}
      legend={legend}
      hint="A day in UTC, for example 27 3 2026"
      error={error}
      errorParts={part && part !== "day" ? [part] : undefined}
      names={names}
      values={{ day: result.values[names.day], month: result.values[names.month], year: result.values[names.year] }}
    />
  );
}

function TextFilter({
  name,
  label,
  hint,
  result,
}: {
  name: AuditFilterKey;
  label: string;
  hint: string;
  result: ReadAuditFilters;
}) {
  return (
    <TextInput
      name={name}
      label={label}
      hint={hint}
      error={errorFor(result, name)}
      spellCheck={false}
      defaultValue={result.values[name]}
    />
  );
}

export function AuditFilters({ result }: { result: ReadAuditFilters }) {
  const outcome = result.values.outcome;
  return (
    <FilterForm
      submit="Apply filters"
      secondary
      action="/admin/audit"
      label="Filters"
      alongside={
        <Link className="govuk-link" href="/admin/audit">
          Clear filters
        </Link>
      }
    >
      <GridRow column="one-half">
        <DateFilter prefix="from" legend="From (UTC)" result={result} />
        <DateFilter prefix="to" legend="To (UTC)" result={result} />
      </GridRow>
      <GridRow column="one-half">
        <TextFilter
          name="action"
          label="Action"
          hint="For example sign-in, user.role-change, or access for every refused access"
          result={result}
        />
        <Select
          label="Outcome"
          name="outcome"
          error={errorFor(result, "outcome")}
          defaultValue={(AUDIT_OUTCOMES as readonly string[]).includes(outcome) ? outcome : ""}
          options={[
            { value: "", label: "Any outcome" },
            ...AUDIT_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] })),
          ]}
        />
      </GridRow>
      <GridRow column="one-third">
        <TextFilter name="actor" label="Actor’s email address" hint="Part of an address is enough" result={result} />
        <TextFilter
          name="targetType"
          label="Target type"
          hint="For example partnership, user or assessment"
          result={result}
        />
        <TextFilter name="targetId" label="Target ID" hint="For example 12" result={result} />
      </GridRow>
    </FilterForm>
  );
}
