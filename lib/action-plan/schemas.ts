// Inputs of the action plan's forms and actions, shared by the browser and the server.
import { z } from "zod";
import { PLAN_ACTION_STATUSES } from "@/lib/domain/enums";
import { ID_PATTERN } from "@/lib/domain/ids";
import { idField, isIsoDate } from "@/lib/forms/fields";

// The follow-up's fields are keyed "a<plan action id>" (a key of digits alone would read as an
// array index in form paths).
const FOLLOW_UP_KEY = new RegExp(`^a${ID_PATTERN.source.slice(1)}`);
/** A plan action's key among the follow-up's fields: "a42". */
export const followUpKey = (actionId: number) => `a${actionId}`;

// "Yes, save it anyway": asked for only when the server says the values look wrong (a due date in
// the past, a target below the current stage; lib/action-plan/rules.ts). A ticked checkbox arrives
// as "yes" (or true, or ["yes"]), an unticked one as false, "" or not at all.
const confirmAnyway = z
  .union([z.boolean(), z.enum(["", "yes"]), z.array(z.literal("yes")).max(1)], {
    error: "Select ‘Yes, save it anyway’ or leave it unselected",
  })
  .optional();

export const planActionSchema = z.strictObject({
  partnershipId: idField("a partnership"),
  dimensionId: z.string().regex(/^[a-z0-9_.-]{1,40}$/, { error: "Select the dimension the action helps" }),
  recommendationId: z.string().max(80),
  title: z
    .string()
    .trim()
    .min(1, { error: "Enter what the partnership will do" })
    .max(300, { error: "The action must be 300 characters or fewer" }),
  ownerOrganisation: z.string().trim().max(200, { error: "Organisation must be 200 characters or fewer" }),
  ownerPerson: z.string().trim().max(120, { error: "Name must be 120 characters or fewer" }),
  dueOn: z
    .string()
    .trim()
    .refine((v) => v === "" || isIsoDate(v), { error: "Enter a real date for when it is due, or leave it blank" }),
  status: z.enum(PLAN_ACTION_STATUSES, { error: "Select the action’s status" }),
  progressNote: z.string().trim().max(2000, { error: "The progress note must be 2,000 characters or fewer" }),
  confirmAnyway,
});
export type PlanActionFormInput = z.input<typeof planActionSchema>;

export const planActionUpdateSchema = planActionSchema.extend({
  actionId: idField("an action"),
  baseVersion: z.string().regex(/^\d{1,9}$/),
});
export type PlanActionUpdateInput = z.input<typeof planActionUpdateSchema>;

export const addRecommendationSchema = z.strictObject({
  assessmentId: idField("an assessment"),
  recommendationId: z.string().regex(/^[a-z0-9_.-]{1,80}$/i),
});

const targetStage = z.enum(["", "1", "2", "3", "4", "5"], { error: "Select a stage" });
export const targetsSchema = z.strictObject({
  partnershipId: idField("a partnership"),
  targets: z.record(z.string().regex(/^[a-z0-9_.-]{1,40}$/), targetStage),
  // What the page showed when it was opened: only targets changed from these are written, and
  // only if nobody else changed them meanwhile.
  base: z.record(z.string().regex(/^[a-z0-9_.-]{1,40}$/), targetStage),
  confirmAnyway,
});
export type TargetsInput = z.input<typeof targetsSchema>;

/** Last year's action plan in this year's self-review: every open action on the page, saved in one go. */
export const followUpSchema = z.strictObject({
  assessmentId: idField("an assessment"),
  reviews: z.record(
    z.string().regex(FOLLOW_UP_KEY),
    z.strictObject({
      status: z.enum(["", ...PLAN_ACTION_STATUSES], { error: "Select what became of this action" }),
      whatChanged: z.string().max(2000, { error: "What changed must be 2,000 characters or fewer" }),
      baseVersion: z.string().regex(/^\d{1,9}$/),
    }),
  ),
});
export type FollowUpFormInput = z.input<typeof followUpSchema>;

/** An action's fields as its form shows them, with who saved this version and when. */
export type PlanActionVersion = {
  dimensionId: string;
  title: string;
  ownerOrganisation: string;
  ownerPerson: string;
  dueOn: string;
  status: (typeof PLAN_ACTION_STATUSES)[number];
  progressNote: string;
  rowVersion: number;
  updatedByName: string | null;
  updatedAt: string;
};

/** A target someone else changed since the page was opened: theirs and the editor's. */
export type TargetConflict = {
  dimensionId: string;
  theirs: number | null;
  yours: number | null;
  setByName: string | null;
  setAt: string | null;
};
