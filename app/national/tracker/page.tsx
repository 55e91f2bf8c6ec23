import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { nationalCycles } from "@/lib/national/cycles.server";
import { submissionTracker } from "@/lib/national/data.server";
import { NationalHeading } from "@/components/NationalNav";
import { StatusTag, type TagStyles } from "@/components/ui/Tag";
import { Table } from "@/components/ui/Table";
import { CycleSelect } from "@/components/CycleSelect";
import { formatDate } from "@/lib/format";
import { LEVEL_LABELS } from "@/lib/domain/labels";
import type { PartnershipLevel } from "@/lib/domain/enums";
import { isNotSubmitted, TRACKER_STATUS_LABELS, type TrackerStatus } from "@/lib/national/rules";
import { can } from "@/lib/auth/permissions";
import { ChaserForm } from "./ChaserForm";

export const metadata: Metadata = { title: "Submission tracker" };
export const dynamic = "force-dynamic";

const STATUS: TagStyles<TrackerStatus> = {
  not_started: { text: TRACKER_STATUS_LABELS.not_started, colour: "grey" },
  in_progress: { text: TRACKER_STATUS_LABELS.in_progress, colour: "light-blue" },
  submitted: { text: TRACKER_STATUS_LABELS.submitted, colour: "green" },
  reviewed: { text: TRACKER_STATUS_LABELS.reviewed, colour: "purple" },
};

export default async function TrackerPage({ searchParams }: { searchParams: Promise<{ cycle?: string }> }) {
  const actor = await requirePermission("read:national");
  const { cycle, cycles } = nationalCycles(actor, (await searchParams).cycle);
  const t = cycle ? submissionTracker(actor, cycle.id) : null;
  if (!cycle || !t) return <p className="govuk-body">No cycles yet.</p>;
  const counts = Object.fromEntries(
    Object.keys(STATUS).map((k) => [k, t.rows.filter((r) => r.trackerStatus === k).length]),
  );
  return (
    <>
      <NationalHeading current="/national/tracker">Submission tracker {cycle.label}</NationalHeading>
      <CycleSelect cycles={cycles} current={cycle.id} />
      <p className="govuk-body" data-testid="tracker-summary">
        Closes {formatDate(cycle.closesOn)} (
        {t.daysToDeadline >= 0 ? `${t.daysToDeadline} days to the deadline` : `closed ${-t.daysToDeadline} days ago`}).{" "}
        {counts.submitted} submitted, {counts.in_progress} in progress, {counts.not_started} not started.{" "}
        <a className="govuk-link" href={`/api/national/${cycle.id}/not-submitted.csv`}>
          Download those not yet submitted (CSV)
        </a>
      </p>
      <Table
        caption="Every partnership’s status"
        captionSize="hidden"
        testId="tracker"
        rows={t.rows}
        // One column per fact; a per-row action (such as a reminder) fits as a last column.
        columns={[
          { header: "Partnership", rowHeader: "regular", cell: (r) => r.name },
          { header: "Level", cell: (r) => LEVEL_LABELS[r.level as PartnershipLevel] },
          {
            header: "Coordinator",
            cell: (r) =>
              r.coordinators.length ? (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {r.coordinators.map((c) => (
                    <li key={c.email}>
                      {c.name}
                      <br />
                      <a className="govuk-link" href={`mailto:${c.email}`}>
                        {c.email}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                "None yet"
              ),
          },
          { header: "Status", cell: (r) => <StatusTag styles={STATUS} status={r.trackerStatus} /> },
          {
            header: "Progress",
            cell: (r) => (r.trackerStatus === "not_started" ? "–" : `${r.sectionsDone} of ${t.sections} sections`),
          },
          { header: "Last activity", cell: (r) => (r.lastActivity ? formatDate(r.lastActivity) : "–") },
          { header: "Submitted", cell: (r) => (r.submittedAt ? formatDate(r.submittedAt) : "–") },
        ]}
      />
      {/* Issue 21 (helper 21): the chaser, while the cycle is open. */}
      {cycle.status === "open" && can(actor, "send:chaser") && (
        <>
          <h2 className="govuk-heading-m">Remind those not yet submitted</h2>
          <ChaserForm
            key={cycle.id}
            cycleId={String(cycle.id)}
            partnerships={t.rows.filter(isNotSubmitted).map((r) => ({ id: r.id, name: r.name }))}
          />
        </>
      )}
    </>
  );
}
