"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      className="app-link-button govuk-body-s govuk-!-margin-0"
      onClick={() => signOut({ callbackUrl: "/sign-in?signedOut=1" })}
    >
      Sign out
    </button>
  );
}
