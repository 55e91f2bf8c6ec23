import { z } from "zod";

// Shared by the sign-in form (client) and the credentials check (server).
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "Enter your email address" })
    .max(254, { error: "Email address must be 254 characters or fewer" })
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" })),
  password: z
    .string()
    .min(1, { error: "Enter your password" })
    .max(128, { error: "Password must be 128 characters or fewer" }),
});
export type SignInInput = z.infer<typeof signInSchema>;
