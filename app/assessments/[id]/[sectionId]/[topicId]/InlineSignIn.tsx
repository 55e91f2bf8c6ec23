"use client";
// The session ended while answering: sign in again here, without leaving the page, so that what is
// on it can be saved.
import { useState } from "react";
import { signIn } from "next-auth/react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export function InlineSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <div
      className="govuk-notification-banner"
      role="region"
      aria-labelledby="session-ended-title"
      data-testid="session-ended"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="session-ended-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          Your session has ended. Your answers are still on this page: sign in again to save them.
        </p>
        {error && <p className="govuk-error-message">{error}</p>}
        <CredentialField id="reauth-email" label="Email address" type="email" value={email} onChange={setEmail} />
        <CredentialField
          id="reauth-password"
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
        />
        <button
          type="button"
          className="govuk-button govuk-!-margin-bottom-0"
          onClick={async () => {
            const r = await signIn("credentials", { email, password, redirect: false });
            if (r?.ok && !r.error) {
              setError(null);
              onSignedIn();
            } else setError(signInErrorMessage(r?.error ?? "CredentialsSignin"));
          }}
        >
          Sign in and save
        </button>
      </div>
    </div>
  );
}

/** One of the two sign-in fields: held in this banner's state, not in the question form. */
function CredentialField({
  id,
  label,
  type,
  value,
  onChange,
}: {
  id: string;
  label: string;
  type: "email" | "password";
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <input
        className="govuk-input"
        id={id}
        type={type}
        autoComplete={type === "email" ? "username" : "current-password"}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
