import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-rules";
import { emailField, idField, linkTokenField } from "@/lib/forms/fields";

const id = idField("a partnership");

export const INVITATION_DAYS = 14;

export const invitationSchema = z.strictObject({
  partnershipId: id,
  email: emailField("Enter the member’s email address"),
  organisation: z
    .string()
    .trim()
    .min(1, { error: "Enter the organisation they will answer for" })
    .max(200, { error: "Organisation must be 200 characters or fewer" }),
});
export type InvitationInput = z.input<typeof invitationSchema>;

export const invitationTokenSchema = linkTokenField("This invitation link is not valid");

export const acceptNewAccountSchema = z
  .strictObject({
    token: invitationTokenSchema,
    name: z
      .string()
      .trim()
      .min(1, { error: "Enter your full name" })
      .max(120, { error: "Name must be 120 characters or fewer" }),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, { error: "The passwords do not match", path: ["confirmPassword"] });
export type AcceptNewAccountInput = z.input<typeof acceptNewAccountSchema>;

export const acceptExistingAccountSchema = z.strictObject({ token: invitationTokenSchema });
export const revokeInvitationSchema = z.strictObject({ partnershipId: id, invitationId: id });
