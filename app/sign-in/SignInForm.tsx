"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { ErrorSummary, type SummaryError } from "@/components/ui/ErrorSummary";
import { TextInput } from "@/components/ui/TextInput";

export function SignInForm({
  callbackUrl,
  initialFailure = null,
}: {
  callbackUrl: string;
  initialFailure?: string | null;
}) {
  const { register, handleSubmit, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
    shouldFocusError: false,
  });
  const [failure, setFailure] = useState<string | null>(initialFailure);
  const [busy, setBusy] = useState(false);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    setBusy(true);
    try {
      const result = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      if (!result || result.error) {
        // The same words for every wrong email or password, so that they do not tell which
        // accounts exist; "too many attempts" is decided per email string, account or not.
        setFailure(signInErrorMessage(result?.error ?? "CredentialsSignin"));
        return;
      }
      // A full navigation, so that every server component renders with the new session.
      window.location.assign(callbackUrl);
    } catch {
      setFailure("Sign-in could not be completed. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  });

  const field = (name: "email" | "password") => ({
    name,
    error: formState.errors[name]?.message,
    registration: register(name),
  });
  const errors: SummaryError[] = [
    ...(failure ? [{ field: "email", message: failure }] : []),
    ...(formState.errors.email?.message ? [{ field: "email", message: formState.errors.email.message }] : []),
    ...(formState.errors.password?.message ? [{ field: "password", message: formState.errors.password.message }] : []),
  ];

  return (
    <form onSubmit={onSubmit} noValidate method="post">
      <ErrorSummary errors={errors} />
      <TextInput label="Email address" type="email" autoComplete="username" spellCheck={false} {...field("email")} />
      <TextInput label="Password" type="password" autoComplete="current-password" {...field("password")} />
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
        Sign in
      </button>
    </form>
  );
}
