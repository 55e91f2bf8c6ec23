import { z } from "zod";
import { emailField } from "@/lib/forms/fields";

// Shared by the sign-in form (client) and the credentials check (server).
export const signInSchema = z.object({
  email: emailField("Enter your email address"),
  password: z
    .string()
    .min(1, { error: "Enter your password" })
    .max(128, { error: "Password must be 128 characters or fewer" }),
});
export type SignInInput = z.infer<typeof signInSchema>;
