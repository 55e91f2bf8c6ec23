// One schema per form for a person's own password: changing it (with the current one) and
// setting a new one from an administrator's reset link. Shared by the browser and the server.
import { z } from "zod";
import { newPasswordSchema, PASSWORD_MAX, passwordLength } from "@/lib/auth/password-rules";
import { idField, linkTokenField } from "@/lib/forms/fields";

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
