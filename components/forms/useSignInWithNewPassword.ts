"use client";
// After a form sets the person's own new password (accepting an invitation, a reset link), sign
// them in with it and go home. The password is kept in a ref, not state: the form's onSuccess runs
// in the submit that set it, before any re-render, so state would still hold the previous submit's.
import { useRef } from "react";
import { signIn } from "next-auth/react";

export function useSignInWithNewPassword() {
  const password = useRef("");
  return {
    /** Call as the form is submitted, with the password field's value. */
    remember(value: string) {
      password.current = value;
    },
    /** Call once the server has set the password. */
    async signInAs(email: string) {
      const result = await signIn("credentials", { email, password: password.current, redirect: false });
      window.location.assign(result?.ok ? "/" : "/sign-in");
    },
  };
}
