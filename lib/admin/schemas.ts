// One schema per admin form, shared by the browser (react-hook-form) and the server action.
// Values stay strings as the form holds them; the data layer converts ids and years.
import { z } from "zod";
import { emailField, idField } from "@/lib/forms/fields";
import { newPasswordSchema, refinePasswordAgainstEmail } from "@/lib/auth/password-rules";
import { GLOBAL_ROLES, NATIONS, PARTNERSHIP_LEVELS, PARTNERSHIP_ROLES } from "@/lib/domain/enums";
import { todayIso } from "@/lib/format";

const id = idField;

const name = z
  .string()
  .trim()
  .min(1, { error: "Enter the person’s full name" })
  .max(120, { error: "Name must be 120 characters or fewer" });
const globalRole = z.enum(["", ...GLOBAL_ROLES], { error: "Select a role" });

export const userCreateSchema = z
  .strictObject({
    name,
    email: emailField("Enter an email address"),
    globalRole,
    password: newPasswordSchema,
  })
  .superRefine(refinePasswordAgainstEmail);
export type UserCreateInput = z.input<typeof userCreateSchema>;

export const userUpdateSchema = z.strictObject({
  userId: id("a user"),
  name,
  globalRole,
  disabled: z.boolean({ error: "Select whether the account is disabled" }),
});
export type UserUpdateInput = z.input<typeof userUpdateSchema>;

export const forceSignOutSchema = z.strictObject({ userId: id("a user") });

// Erasing a person cannot be undone: the administrator ticks a box saying they understand that.
export const eraseUserSchema = z.strictObject({
  userId: id("a user"),
  confirm: z
    .boolean({ error: "Tick the box to confirm that you understand the erasure cannot be undone" })
    .refine((v) => v, { error: "Tick the box to confirm that you understand the erasure cannot be undone" }),
});
export type EraseUserInput = z.input<typeof eraseUserSchema>;

// This year in the UK, asked at each check: a server started in December still takes next
// year's new partnerships in January.
const thisYear = () => Number(todayIso().slice(0, 4));

export const partnershipSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter the partnership’s name" })
    .max(300, { error: "Name must be 300 characters or fewer" }),
  level: z.enum(PARTNERSHIP_LEVELS, { error: "Select the partnership’s level" }),
  nation: z.enum(NATIONS, { error: "Select the nation" }),
  parentId: z.union([z.literal(""), id("a parent partnership")]),
  yearEstablished: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}$/.test(v) && Number(v) >= 1990 && Number(v) <= thisYear()), {
      error: () => `Enter the year as 4 digits between 1990 and ${thisYear()}, or leave it blank`,
    }),
  forceAreaIds: z.array(z.string().max(60)).max(45).min(1, { error: "Select at least one police force area" }),
});
export type PartnershipInput = z.input<typeof partnershipSchema>;

export const partnershipUpdateSchema = partnershipSchema.extend({ partnershipId: id("a partnership") });
export type PartnershipUpdateInput = z.input<typeof partnershipUpdateSchema>;

export const membershipSchema = z.strictObject({
  userId: id("a user"),
  partnershipId: id("a partnership"),
  role: z.enum(PARTNERSHIP_ROLES, { error: "Select coordinator or member" }),
  organisation: z.string().trim().max(200, { error: "Organisation must be 200 characters or fewer" }),
});
export type MembershipInput = z.input<typeof membershipSchema>;

export const membershipRemoveSchema = z.strictObject({ userId: id("a user"), partnershipId: id("a partnership") });

export const assignmentSchema = z.strictObject({
  reviewerUserId: id("a peer reviewer"),
  partnershipId: id("a partnership"),
  cycleId: id("a cycle"),
});
export type AssignmentInput = z.input<typeof assignmentSchema>;

export const assignmentRemoveSchema = z.strictObject({ assignmentId: id("an assignment") });

// The first administrator, made on the server's command line (scripts/create-admin.ts).
export const createAdminSchema = z.strictObject({
  email: emailField("Give the administrator's email address with --email"),
  name: z
    .string({ error: 'Give the administrator\'s full name with --name "…"' })
    .trim()
    .min(1, { error: 'Give the administrator\'s full name with --name "…"' })
    .max(120, { error: "The name must be 120 characters or fewer" }),
});
export type CreateAdminInput = z.input<typeof createAdminSchema>;
