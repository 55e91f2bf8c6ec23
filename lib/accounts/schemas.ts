// One schema per form about who can sign in, shared by the browser and the server: a person's own
// password (changed with the current one, or set from an administrator's reset link) and the
// invitations that bring members in.
import { z } from "zod";
import { newPasswordSchema, PASSWORD_MAX, passwordLength } from "@/lib/auth/password-rules";
import { emailField, idField, linkTokenField } from "@/lib/forms/fields";

export const PASSWORD_RESET_HOURS = 24;

const matching = <T extends { password: string; confirmPassword: string }>(v: T) => v.password === v.confirmPassword;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z
      .string()
      .min(1, { error: "Enter your current password" })
      .refine((p) => passwordLength(p) <= PASSWORD_MAX, {
        error: `Password must be ${PASSWORD_MAX} characters or fewer`,
      }),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(matching, { error: "The new passwords do not match", path: ["confirmPassword"] })
  .refine((v) => v.password !== v.currentPassword, {
    error: "Choose a new password, not the one you have now",
    path: ["password"],
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const passwordResetTokenSchema = linkTokenField("This link is not valid");

export const completePasswordResetSchema = z
  .strictObject({ token: passwordResetTokenSchema, password: newPasswordSchema, confirmPassword: z.string() })
  .refine(matching, { error: "The passwords do not match", path: ["confirmPassword"] });
export type CompletePasswordResetInput = z.input<typeof completePasswordResetSchema>;

export const issuePasswordResetSchema = z.strictObject({ userId: idField("a user") });

// ---- Invitations ------------------------------------------------------------------------------

const partnershipId = idField("a partnership");

export const INVITATION_DAYS = 14;

export const invitationSchema = z.strictObject({
  partnershipId,
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
export const revokeInvitationSchema = z.strictObject({ partnershipId, invitationId: partnershipId });
