import { z } from "zod";
import { emailField } from "@/lib/forms/fields";
import { PASSWORD_MAX, passwordLength } from "@/lib/auth/password-rules";

// Shared by the sign-in form (client) and the credentials check (server).
export const signInSchema = z.object({
  email: emailField("Enter your email address"),
  password: z
    .string()
    .min(1, { error: "Enter your password" })
    // Counted as the password rules count it (characters, not UTF-16 units), so that every
    // password that could be set can be used.
    .refine((p) => passwordLength(p) <= PASSWORD_MAX, {
      error: `Password must be ${PASSWORD_MAX} characters or fewer`,
    }),
});
export type SignInInput = z.infer<typeof signInSchema>;
