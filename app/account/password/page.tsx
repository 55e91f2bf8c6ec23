import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { TwoThirds } from "@/components/ui/Grid";
import { ChangePasswordForm } from "./ChangePasswordForm";

export const metadata: Metadata = { title: "Change your password" };
export const dynamic = "force-dynamic";

export default async function ChangePasswordPage() {
  const actor = await requirePermission("change:password:own");
  return (
    <TwoThirds>
      <h1 className="govuk-heading-l">Change your password</h1>
      <p className="govuk-body">For {actor.email}. Changing it signs you out everywhere else you are signed in.</p>
      <ChangePasswordForm />
    </TwoThirds>
  );
}
