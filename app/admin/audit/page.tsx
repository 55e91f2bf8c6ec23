import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { listAuditEntries } from "@/lib/admin/audit-log.server";
import {
  auditFiltersQuery,
  errorFor,
  readAuditFilters,
  type AuditFilterKey,
  type ReadAuditFilters,
} from "@/lib/admin/audit-filters";
import { AUDIT_OUTCOMES } from "@/lib/domain/enums";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { fieldId } from "@/components/forms/field-id";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const OUTCOME_LABELS: Record<(typeof AUDIT_OUTCOMES)[number], string> = {
  success: "Success",
  failure: "Failure",
  denied: "Denied",
};
const OUTCOME_TAGS: Record<(typeof AUDIT_OUTCOMES)[number], string> = {
  success: "govuk-tag--green",
  failure: "govuk-tag--red",
  denied: "govuk-tag--orange",
};

const COLUMNS = ["Time (UTC)", "Action", "Outcome", "Actor", "Target", "Detail"];

// GOV.UK pagination's arrows.
const ARROWS = {
  prev: "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z",
  next: "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z",
};

function PageLink({ direction, href }: { direction: "prev" | "next"; href: string }) {
  return (
    <div className={`govuk-pagination__${direction}`}>
      <Link className="govuk-link govuk-pagination__link" href={href} rel={direction}>
        <svg
          className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
          xmlns="http://www.w3.org/2000/svg"
          height="13"
          width="15"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 15 13"
        >
          <path d={ARROWS[direction]} />
        </svg>
        <span className="govuk-pagination__link-title">
          {direction === "prev" ? "Previous" : "Next"}
          <span className="govuk-visually-hidden"> page</span>
        </span>
      </Link>
    </div>
  );
}

/** 2026-11-22 21:54:19 (the table's heading says UTC). */
function utc(at: string): string {
  return at.slice(0, 19).replace("T", " ");
}

function ErrorMessage({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

function DateFilter({ prefix, legend, result }: { prefix: "from" | "to"; legend: string; result: ReadAuditFilters }) {
  const error = errorFor(result, `${prefix}Day`, `${prefix}Month`, `${prefix}Year`);
  const errorField = result.ok ? undefined : result.errors.find((e) => e.field.startsWith(prefix))?.field;
  const parts = [
    { key: `${prefix}Day`, label: "Day", width: 2 },
    { key: `${prefix}Month`, label: "Month", width: 2 },
    { key: `${prefix}Year`, label: "Year", width: 4 },
  ] as const;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={`${prefix}-hint${error ? ` ${prefix}-error` : ""}`}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-hint" id={`${prefix}-hint`}>
          A day in UTC, for example 27 3 2026
        </div>
        <ErrorMessage id={`${prefix}-error`} error={error} />
        <div className="govuk-date-input">
          {parts.map((p) => {
            // Only the part that is wrong is marked, or all three when the whole date is.
            const marked = error && (errorField === p.key || errorField === `${prefix}Day`);
            return (
              <div key={p.key} className="govuk-date-input__item">
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={fieldId(p.key)}>
                    {p.label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${p.width}${marked ? " govuk-input--error" : ""}`}
                    id={fieldId(p.key)}
                    name={p.key}
                    type="text"
                    inputMode="numeric"
                    defaultValue={result.values[p.key]}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function TextFilter({
  name,
  label,
  hint,
  result,
  spellCheck,
}: {
  name: AuditFilterKey;
  label: string;
  hint?: string;
  result: ReadAuditFilters;
  spellCheck?: boolean;
}) {
  const id = fieldId(name);
  const error = errorFor(result, name);
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} error={error} />
      <input
        className={`govuk-input${error ? " govuk-input--error" : ""}`}
        id={id}
        name={name}
        type="text"
        spellCheck={spellCheck}
        aria-describedby={describedBy}
        defaultValue={result.values[name]}
      />
    </div>
  );
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:audit");
  const result = readAuditFilters(await searchParams);
  const page = result.ok ? listAuditEntries(actor, result.filters, result.page) : null;
  const outcomeError = errorFor(result, "outcome");
  const pageHref = (n: number) => `/admin/audit?${auditFiltersQuery(result.values, n)}`;
  const csvQuery = auditFiltersQuery(result.values);
  return (
    <>
      <ErrorSummary errors={result.ok ? [] : result.errors} />
      <span className="govuk-caption-l">Administration</span>
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">
        Every sign-in, refused access, change to users and access, submission, reopening, published review and export.
        Entries cannot be changed or deleted; a refusal repeated by the same person, on the same thing, within a minute
        is one entry with a count.
      </p>
      <form method="get" action="/admin/audit" noValidate aria-label="Filters">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateFilter prefix="from" legend="From (UTC)" result={result} />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateFilter prefix="to" legend="To (UTC)" result={result} />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <TextFilter
              name="action"
              label="Action"
              hint="For example sign-in, user.role-change, or access for every refused access"
              result={result}
              spellCheck={false}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <div className={`govuk-form-group${outcomeError ? " govuk-form-group--error" : ""}`}>
              <label className="govuk-label" htmlFor={fieldId("outcome")}>
                Outcome
              </label>
              <ErrorMessage id={`${fieldId("outcome")}-error`} error={outcomeError} />
              <select
                className={`govuk-select${outcomeError ? " govuk-select--error" : ""}`}
                id={fieldId("outcome")}
                name="outcome"
                defaultValue={
                  (AUDIT_OUTCOMES as readonly string[]).includes(result.values.outcome) ? result.values.outcome : ""
                }
                aria-describedby={outcomeError ? `${fieldId("outcome")}-error` : undefined}
              >
                <option value="">Any outcome</option>
                {AUDIT_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {OUTCOME_LABELS[o]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <TextFilter
              name="actor"
              label="Actor’s email address"
              hint="Part of an address is enough"
              result={result}
              spellCheck={false}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextFilter
              name="targetType"
              label="Target type"
              hint="For example partnership, user or assessment"
              result={result}
              spellCheck={false}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <TextFilter name="targetId" label="Target ID" hint="For example 12" result={result} spellCheck={false} />
          </div>
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Apply filters
          </button>
          <Link className="govuk-link" href="/admin/audit">
            Clear filters
          </Link>
        </div>
      </form>

      {page && (
        <>
          <p className="govuk-body">
            <a className="govuk-link" href={`/api/admin/audit.csv${csvQuery ? `?${csvQuery}` : ""}`} download>
              Download every matching entry (CSV)
            </a>
          </p>
          {page.entries.length ? (
            <table className="govuk-table" data-testid="audit-entries">
              <caption className="govuk-table__caption govuk-table__caption--m">
                Entries {page.firstNumber} to {page.firstNumber + page.entries.length - 1}
                {csvQuery ? " matching the filters" : ""}, newest first
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  {COLUMNS.map((c) => (
                    <th key={c} scope="col" className="govuk-table__header">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {page.entries.map((e) => (
                  <tr key={e.id} className="govuk-table__row">
                    <td className="govuk-table__cell govuk-body-s app-nowrap">{utc(e.at)}</td>
                    <td className="govuk-table__cell govuk-body-s">{e.action}</td>
                    <td className="govuk-table__cell govuk-body-s">
                      <strong className={`govuk-tag ${OUTCOME_TAGS[e.outcome]}`}>{OUTCOME_LABELS[e.outcome]}</strong>
                      {e.repeatCount > 1 && (
                        <span className="govuk-!-display-block govuk-!-margin-top-1" data-testid="audit-repeats">
                          {e.repeatCount} times in this minute
                          {e.lastAt && <span className="govuk-visually-hidden">, last at {utc(e.lastAt)}</span>}
                        </span>
                      )}
                    </td>
                    <td className="govuk-table__cell govuk-body-s app-break-anywhere">
                      {e.actorEmail ?? "Not signed in"}
                      {e.ip && (
                        <span className="govuk-hint govuk-!-display-block govuk-!-font-size-14 govuk-!-margin-0">
                          <span className="govuk-visually-hidden">IP address </span>
                          {e.ip}
                        </span>
                      )}
                    </td>
                    <td className="govuk-table__cell govuk-body-s">
                      {e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : ""}
                    </td>
                    <td className="govuk-table__cell govuk-body-s app-break-anywhere">{e.detail ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="govuk-body" data-testid="audit-entries-none">
              {page.page > 1 ? "There are no more entries." : "No entries match these filters."}
            </p>
          )}
          {(page.hasPrevious || page.hasNext) && (
            <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of the audit log">
              {page.hasPrevious && <PageLink direction="prev" href={pageHref(page.page - 1)} />}
              {page.hasNext && <PageLink direction="next" href={pageHref(page.page + 1)} />}
            </nav>
          )}
        </>
      )}
    </>
  );
}
