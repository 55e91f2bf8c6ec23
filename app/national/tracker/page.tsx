import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { nationalCycles } from "@/lib/national/cycles.server";
import { submissionTracker } from "@/lib/national/data.server";
import { NationalNav } from "@/components/NationalNav";
import { CycleSelect } from "@/components/CycleSelect";
import { formatDate } from "@/lib/format";
import { LEVEL_LABELS } from "@/lib/domain/labels";
import type { PartnershipLevel } from "@/lib/domain/enums";

export const metadata: Metadata = { title: "Submission tracker" };
export const dynamic = "force-dynamic";

const STATUS = {
  not_started: { text: "Not started", tag: "govuk-tag--grey" },
  in_progress: { text: "In progress", tag: "govuk-tag--light-blue" },
  submitted: { text: "Submitted", tag: "govuk-tag--green" },
  reviewed: { text: "Reviewed", tag: "govuk-tag--purple" },
} as const;

export default async function TrackerPage({ searchParams }: { searchParams: Promise<{ cycle?: string }> }) {
  const actor = await requirePermission("read:national");
  const { cycle, cycles } = nationalCycles(actor, Number((await searchParams).cycle) || undefined);
  const t = cycle ? submissionTracker(actor, cycle.id) : null;
  if (!cycle || !t) return <p className="govuk-body">No cycles yet.</p>;
  const counts = Object.fromEntries(
    Object.keys(STATUS).map((k) => [k, t.rows.filter((r) => r.trackerStatus === k).length]),
  );
  return (
    <>
      <span className="govuk-caption-l">Commissioner&rsquo;s office</span>
      <h1 className="govuk-heading-l">Submission tracker {cycle.label}</h1>
      <NationalNav current="/national/tracker" />
      <CycleSelect cycles={cycles} current={cycle.id} />
      <p className="govuk-body" data-testid="tracker-summary">
        Closes {formatDate(cycle.closesOn)} (
        {t.daysToDeadline >= 0 ? `${t.daysToDeadline} days to the deadline` : `closed ${-t.daysToDeadline} days ago`}).{" "}
        {counts.submitted} submitted, {counts.in_progress} in progress, {counts.not_started} not started.{" "}
        <a className="govuk-link" href={`/api/national/${cycle.id}/not-submitted.csv`}>
          Download those not yet submitted (CSV)
        </a>
      </p>
      <table className="govuk-table" data-testid="tracker">
        <caption className="govuk-table__caption govuk-visually-hidden">Every partnership&rsquo;s status</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Partnership
            </th>
            <th scope="col" className="govuk-table__header">
              Level
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Submitted
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {t.rows.map((r) => (
            <tr key={r.id} className="govuk-table__row">
              <td className="govuk-table__cell">{r.name}</td>
              <td className="govuk-table__cell">{LEVEL_LABELS[r.level as PartnershipLevel]}</td>
              <td className="govuk-table__cell">
                <strong className={`govuk-tag ${STATUS[r.trackerStatus].tag}`}>{STATUS[r.trackerStatus].text}</strong>
              </td>
              <td className="govuk-table__cell">{r.submittedAt ? formatDate(r.submittedAt) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
