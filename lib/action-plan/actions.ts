"use server";
// Action plan and follow-up actions: each parses its input and checks the acting user's
// permission on the partnership (for assessment-based ones, the assessment's own partnership).
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server-action";
import type { PlanActionStatus } from "@/lib/domain/enums";
import { ActionError } from "@/lib/server-action-result";
import {
  followUpSchema,
  planActionSchema,
  planActionUpdateSchema,
  addRecommendationSchema,
  targetsSchema,
} from "@/lib/action-plan/schemas";
import { createPlanAction, updatePlanAction } from "@/lib/action-plan/data.server";
import { getResults } from "@/lib/results/data.server";
import { setTargets } from "@/lib/action-plan/targets.server";
import { saveFollowUp } from "@/lib/action-plan/follow-up.server";
import { actionNeedsConfirmation, isConfirmed, recommendationsInPlan } from "@/lib/action-plan/rules";
import { todayIso } from "@/lib/format";
import { getAssessmentContext, partnershipIdOfAssessment } from "@/lib/assessment/data.server";

const ofAssessment = (input: { assessmentId: string }) => ({
  partnershipId: partnershipIdOfAssessment(Number(input.assessmentId)) ?? -1,
});
const ofPartnership = (input: { partnershipId: string }) => ({ partnershipId: Number(input.partnershipId) });

function values({
  confirmAnyway: _confirm,
  ...input
}: {
  confirmAnyway?: unknown;
  partnershipId: string;
  dimensionId: string;
  recommendationId: string;
  title: string;
  ownerOrganisation: string;
  ownerPerson: string;
  dueOn: string;
  status: PlanActionStatus;
  progressNote: string;
}) {
  void _confirm;
  return { ...input, partnershipId: Number(input.partnershipId), recommendationId: input.recommendationId || null };
}

export const createPlanActionAction = authedAction(
  { name: "action.create", schema: planActionSchema, permission: "update:assessment:own", target: ofPartnership },
  (input, actor) => {
    const ask = actionNeedsConfirmation(input, null, todayIso());
    if (ask && !isConfirmed(input.confirmAnyway)) throw new ActionError(ask, "invalid", { confirmAnyway: [ask] });
    const r = createPlanAction(actor, values(input));
    revalidatePath(`/partnerships/${input.partnershipId}/action-plan`);
    return r;
  },
);

export const updatePlanActionAction = authedAction(
  { name: "action.update", schema: planActionUpdateSchema, permission: "update:assessment:own", target: ofPartnership },
  (input, actor) => {
    const { actionId, baseVersion, ...rest } = input;
    const r = updatePlanAction(actor, Number(actionId), Number(baseVersion), values(rest), {
      confirmed: isConfirmed(input.confirmAnyway),
      today: todayIso(),
    });
    if (r.status === "saved") revalidatePath(`/partnerships/${input.partnershipId}/action-plan`);
    return r;
  },
);

/** "Add to action plan" from a recommendation on the results page. */
export const addRecommendationAction = authedAction(
  {
    name: "action.add-recommendation",
    schema: addRecommendationSchema,
    permission: "update:assessment:own",
    target: ofAssessment,
  },
  (input, actor) => {
    const results = getResults(actor, Number(input.assessmentId));
    const rec = results?.recommendations.find((r) => r.id === input.recommendationId);
    if (!results || !rec) throw new ActionError("That recommendation does not apply to these results.", "invalid");
    const partnershipId = results.ctx.partnership.id;
    if (recommendationsInPlan(results.actions).has(rec.id)) {
      throw new ActionError("This recommendation is already in the action plan.", "invalid");
    }
    const r = createPlanAction(actor, {
      partnershipId,
      dimensionId: rec.dimensionId,
      recommendationId: rec.id,
      title: rec.text,
      ownerOrganisation: "",
      ownerPerson: "",
      dueOn: "",
      status: "not_started",
      progressNote: "",
    });
    // No revalidation here: the button itself shows "Added" with a link to the new action.
    return { actionId: r.id, partnershipId };
  },
);

export const setTargetsAction = authedAction(
  { name: "targets.set", schema: targetsSchema, permission: "update:assessment:own", target: ofPartnership },
  (input, actor) => {
    const stages = (r: Record<string, string>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === "" ? null : Number(v)]));
    const r = setTargets(actor, Number(input.partnershipId), stages(input.targets), stages(input.base), {
      confirmed: isConfirmed(input.confirmAnyway),
    });
    if (r.status === "saved") revalidatePath(`/partnerships/${input.partnershipId}/action-plan`);
    return r;
  },
);

export const saveFollowUpAction = authedAction(
  { name: "action.review", schema: followUpSchema, permission: "update:assessment:own", target: ofAssessment },
  (input, actor) => {
    const ctx = getAssessmentContext(actor, Number(input.assessmentId));
    if (!ctx) throw new ActionError("Page not found", "not-found");
    const result = saveFollowUp(
      actor,
      ctx,
      Object.entries(input.reviews).map(([key, r]) => ({
        actionId: Number(key.slice(1)), // "a42" (followUpKey)
        status: r.status,
        whatChanged: r.whatChanged,
        baseVersion: Number(r.baseVersion),
      })),
    );
    revalidatePath(`/assessments/${input.assessmentId}`);
    return result;
  },
);
