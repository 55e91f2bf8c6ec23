"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { invitationSchema } from "@/lib/accounts/schemas";
import { createInvitationAction, revokeInvitationAction } from "@/lib/accounts/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextField } from "@/components/forms/fields";
import { LinkToSendPanel } from "@/components/Banners";

export function InviteForm({ partnershipId }: { partnershipId: string }) {
  const router = useRouter();
  const [created, setCreated] = useState<{ link: string; email: string } | null>(null);
  const empty = { partnershipId, email: "", organisation: "" };
  const { form, onSubmit, summary, errorOf } = useServerForm(
    invitationSchema,
    empty,
    createInvitationAction,
    (data, f) => {
      setCreated({ link: `${window.location.origin}/invite/${data.token}`, email: data.email });
      f.reset(empty);
      router.refresh();
    },
  );
  return (
    <>
      {created && (
        <LinkToSendPanel
          key={created.link}
          title={`Invitation created for ${created.email}`}
          inputId="invitation-link"
          label="Invitation link (send it to them yourself)"
          link={created.link}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={summary} />
        <input type="hidden" {...form.register("partnershipId")} />
        <TextField
          name="email"
          label="Email address"
          type="email"
          spellCheck={false}
          autoComplete="off"
          error={errorOf("email")}
          registration={form.register("email")}
        />
        <TextField
          name="organisation"
          label="Organisation they will answer for"
          hint="For example, Nottingham City Council or a local charity"
          error={errorOf("organisation")}
          registration={form.register("organisation")}
        />
        <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>
          Create invitation link
        </button>
      </form>
    </>
  );
}

export function RevokeInvitationButton({
  partnershipId,
  invitationId,
  email,
}: {
  partnershipId: string;
  invitationId: string;
  email: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
        onClick={async () => {
          const r = await revokeInvitationAction({ partnershipId, invitationId });
          if (r.ok) router.refresh();
          else setError(r.message);
        }}
      >
        Withdraw<span className="govuk-visually-hidden"> the invitation for {email}</span>
      </button>
      {error && <p className="govuk-error-message">{error}</p>}
    </>
  );
}
