"use client";
// Every open action from last year's plan on one page, saved together: nothing answered on the
// page is lost by saving another part of it. "Save and continue" needs every action answered;
// "Save and come back later" saves whatever is there. An action someone else changed since the
// page was opened is not overwritten: both versions are shown.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { followUpKey, followUpSchema, type FollowUpFormInput } from "@/lib/action-plan/schemas";
import { PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/labels";
import { saveFollowUpAction } from "@/lib/action-plan/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { ConflictPanel } from "@/components/forms/ConflictPanel";
import { Radios } from "@/components/ui/Choices";
import { Textarea } from "@/components/ui/Textarea";
import { PLAN_ACTION_STATUSES } from "@/lib/domain/enums";

const WHAT_CHANGED_MAX = 2000;

export type ReviewItem = {
  id: number;
  title: string;
  context: string;
  status: string;
  whatChanged: string;
  rowVersion: number;
};
type Conflict = {
  status: (typeof PLAN_ACTION_STATUSES)[number];
  progressNote: string;
  rowVersion: number;
  updatedByName: string | null;
  updatedAt: string;
};

export function FollowUpForm({
  assessmentId,
  items,
  taskListHref,
}: {
  assessmentId: string;
  items: ReviewItem[];
  taskListHref: string;
}) {
  const router = useRouter();
  const intent = useRef<"continue" | "later">("continue");
  const [conflicts, setConflicts] = useState<Record<number, Conflict>>({});
  const [status, setStatus] = useState<string | null>(null);
  const initial: FollowUpFormInput = {
    assessmentId,
    reviews: Object.fromEntries(
      items.map((a) => [
        followUpKey(a.id),
        { status: a.status as "", whatChanged: a.whatChanged, baseVersion: String(a.rowVersion) },
      ]),
    ),
  };
  const sf = useServerForm(followUpSchema, initial, saveFollowUpAction, (result, f) => {
    // What is saved is now the base of later saves.
    for (const [id, version] of Object.entries(result.versions))
      f.setValue(`reviews.${followUpKey(Number(id))}.baseVersion` as never, String(version) as never);
    setConflicts(Object.fromEntries(result.conflicts.map((c) => [c.actionId, c.current])));
    const conflictErrors = result.conflicts.map((c) => c.actionId);
    for (const id of conflictErrors)
      f.setError(`reviews.${followUpKey(id)}.status` as never, {
        type: "server",
        message: `‘${items.find((a) => a.id === id)?.title}’ was changed by someone else: choose which version to keep`,
      });
    if (intent.current === "continue")
      for (const id of result.unanswered.filter((id) => !conflictErrors.includes(id)))
        f.setError(`reviews.${followUpKey(id)}.status` as never, {
          type: "server",
          message: `Say what became of ‘${items.find((a) => a.id === id)?.title}’`,
        });
    const left = result.unanswered.length;
    setStatus(
      `Saved. ${left ? `${left} of ${items.length} open actions still to answer.` : "Every open action has an answer."}`,
    );
    if (conflictErrors.length) return;
    if (intent.current === "later" || left === 0) router.push(taskListHref);
  });
  const { form } = sf;
  const values = form.watch("reviews");

  return (
    <ServerForm
      of={sf}
      submit="Save and continue"
      label="Last year’s action plan"
      beforeSubmit={() => {
        intent.current = "continue";
        setStatus(null);
      }}
      comeBackLater={() => {
        intent.current = "later";
        setStatus(null);
      }}
    >
      {items.map((a) => {
        const base = `reviews.${followUpKey(a.id)}` as const;
        const conflict = conflicts[a.id];
        const mine = values?.[followUpKey(a.id)];
        const label = (s: string | undefined) =>
          s ? (PLAN_ACTION_STATUS_LABELS[s as keyof typeof PLAN_ACTION_STATUS_LABELS] ?? s) : "";
        const hiddenTitle = <span className="govuk-visually-hidden"> {a.title}</span>;
        return (
          <section key={a.id} className="app-result-card" aria-labelledby={`action-${a.id}`} data-action={a.id}>
            <h2 className="govuk-heading-s" id={`action-${a.id}`}>
              {a.title}
            </h2>
            <p className="govuk-body-s">{a.context}</p>
            {conflict && (
              <ConflictPanel
                what="Your answer about this action"
                noun="version"
                updatedByName={conflict.updatedByName}
                updatedAt={conflict.updatedAt}
                rows={[
                  { label: "What became of it", theirs: label(conflict.status), yours: label(mine?.status) },
                  { label: "What changed", theirs: conflict.progressNote, yours: mine?.whatChanged ?? "" },
                ]}
                keepMineLabel="Keep my answer"
                useTheirsLabel="Use their version"
                testId={`review-conflict-${a.id}`}
                onKeepMine={() => {
                  form.setValue(`${base}.baseVersion`, String(conflict.rowVersion));
                  setConflicts(({ [a.id]: _, ...rest }) => rest);
                  form.clearErrors(`${base}.status`);
                }}
                onUseTheirs={() => {
                  form.setValue(`${base}.baseVersion`, String(conflict.rowVersion));
                  form.setValue(`${base}.status`, conflict.status);
                  form.setValue(`${base}.whatChanged`, conflict.progressNote);
                  setConflicts(({ [a.id]: _, ...rest }) => rest);
                  form.clearErrors(`${base}.status`);
                }}
              />
            )}
            <Radios
              label={<>What became of it?{hiddenTitle}</>}
              legendSize="s"
              small
              inline
              groupClassName="govuk-!-margin-bottom-0"
              options={PLAN_ACTION_STATUSES.map((s) => ({ value: s, label: PLAN_ACTION_STATUS_LABELS[s] }))}
              {...sf.field(`${base}.status`)}
            />
            <Textarea
              label={<>What changed? (optional){hiddenTitle}</>}
              rows={2}
              count={{ length: mine?.whatChanged?.length ?? 0, max: WHAT_CHANGED_MAX }}
              groupClassName="govuk-!-margin-top-3 govuk-!-margin-bottom-0"
              {...sf.field(`${base}.whatChanged`)}
            />
          </section>
        );
      })}
      {status && (
        <p className="govuk-body" role="status" data-testid="review-save-status">
          {status}
        </p>
      )}
    </ServerForm>
  );
}
