import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { listAuditEntries } from "@/lib/admin/audit-log.server";
import { targetLabel } from "@/lib/admin/audit-display";
import { auditFiltersQuery, readAuditFilters } from "@/lib/admin/audit-filters";
import type { AUDIT_OUTCOMES } from "@/lib/domain/enums";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { Table } from "@/components/ui/Table";
import { Tag, type TagColour } from "@/components/ui/Tag";
import { AuditFilters, OUTCOME_LABELS } from "./AuditFilters";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const OUTCOME_COLOURS: Record<(typeof AUDIT_OUTCOMES)[number], TagColour> = {
  success: "green",
  failure: "red",
  denied: "orange",
};

/** 2026-11-22 21:54:19 (the table's heading says UTC). */
function utc(at: string): string {
  return at.slice(0, 19).replace("T", " ");
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:audit");
  const result = readAuditFilters(await searchParams);
  const page = result.ok ? listAuditEntries(actor, result.filters, result.page) : null;
  const pageHref = (n: number) => `/admin/audit?${auditFiltersQuery(result.values, n)}`;
  const csvQuery = auditFiltersQuery(result.values);
  return (
    <>
      <ErrorSummary errors={result.ok ? [] : result.errors} />
      <PageHeading caption="Administration">Audit log</PageHeading>
      <p className="govuk-body">
        Every sign-in, refused access, change to users and access, submission, reopening, published review and export.
        Entries cannot be changed or deleted; a refusal repeated by the same person, on the same thing, within a minute
        is one entry with a count.
      </p>
      <AuditFilters result={result} />

      {page && (
        <>
          <p className="govuk-body">
            <a className="govuk-link" href={`/api/admin/audit.csv${csvQuery ? `?${csvQuery}` : ""}`} download>
              Download every matching entry (CSV)
            </a>
          </p>
          {page.entries.length ? (
            <Table
              testId="audit-entries"
              caption={`Entries ${page.firstNumber} to ${page.firstNumber + page.entries.length - 1}${csvQuery ? " matching the filters" : ""}, newest first`}
              rows={page.entries}
              rowKey={(e) => e.id}
              columns={[
                { header: "Time (UTC)", className: "govuk-body-s app-nowrap", cell: (e) => utc(e.at) },
                { header: "Action", className: "govuk-body-s", cell: (e) => e.action },
                {
                  header: "Outcome",
                  className: "govuk-body-s",
                  cell: (e) => (
                    <>
                      <Tag colour={OUTCOME_COLOURS[e.outcome]}>{OUTCOME_LABELS[e.outcome]}</Tag>
                      {e.repeatCount > 1 && (
                        <span className="govuk-!-display-block govuk-!-margin-top-1" data-testid="audit-repeats">
                          {e.repeatCount} times in this minute
                          {e.lastAt && <span className="govuk-visually-hidden">, last at {utc(e.lastAt)}</span>}
                        </span>
                      )}
                    </>
                  ),
                },
                {
                  header: "Actor",
                  className: "govuk-body-s app-break-anywhere",
                  cell: (e) => (
                    <>
                      {e.actorEmail ?? "Not signed in"}
                      {e.ip && (
                        <span className="govuk-hint govuk-!-display-block govuk-!-font-size-14 govuk-!-margin-0">
                          <span className="govuk-visually-hidden">IP address </span>
                          {e.ip}
                        </span>
                      )}
                    </>
                  ),
                },
                {
                  header: "Target",
                  className: "govuk-body-s",
                  cell: (e) => targetLabel(e.targetType, e.targetId, page.names),
                },
                {
                  header: "Detail",
                  className: "govuk-body-s app-break-anywhere",
                  cell: (e) => {
                    return e.fields.length ? (
                      <dl className="app-audit-detail" data-testid="audit-detail">
                        {e.fields.map((f, i) => (
                          <div key={i}>
                            <dt>{f.label}:</dt> <dd>{f.value}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : (
                      ""
                    );
                  },
                },
              ]}
            />
          ) : (
            <p className="govuk-body" data-testid="audit-entries-none">
              {page.page > 1 ? "There are no more entries." : "No entries match these filters."}
            </p>
          )}
          <Pagination
            label="Pages of the audit log"
            previous={page.hasPrevious ? pageHref(page.page - 1) : null}
            next={page.hasNext ? pageHref(page.page + 1) : null}
          />
        </>
      )}
    </>
  );
}
