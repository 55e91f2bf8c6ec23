"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { invitationSchema } from "@/lib/accounts/schemas";
import { createInvitationAction, revokeInvitationAction } from "@/lib/accounts/actions";
import { useAddForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { ActionButton } from "@/components/forms/ActionButton";
import { TextInput } from "@/components/ui/TextInput";
import { LinkToSendPanel, SuccessBanner } from "@/components/Banners";

export function InviteForm({ partnershipId }: { partnershipId: string }) {
  const [created, setCreated] = useState<{ link: string; email: string } | null>(null);
  const [emailed, setEmailed] = useState<string | null>(null);
  const empty = { partnershipId, email: "", organisation: "" };
  const sf = useAddForm(invitationSchema, empty, createInvitationAction, (data) => {
    // With email set up the link goes to the invited address only, never to the page.
    setCreated(data.token ? { link: `${window.location.origin}/invite/${data.token}`, email: data.email } : null);
    setEmailed(data.token ? null : data.email);
  });
  return (
    <>
      {emailed && (
        <SuccessBanner key={emailed} id="invitation-emailed" heading={`Invitation sent to ${emailed}`}>
          <p className="govuk-body">The link is in the email. It works once, for that address only, for 14 days.</p>
        </SuccessBanner>
      )}
      {created && (
        <LinkToSendPanel
          key={created.link}
          title={`Invitation created for ${created.email}`}
          inputId="invitation-link"
          label="Invitation link (send it to them yourself)"
          link={created.link}
        />
      )}
      <ServerForm of={sf} submit="Create invitation link">
        <input type="hidden" {...sf.form.register("partnershipId")} />
        <TextInput label="Email address" type="email" spellCheck={false} autoComplete="off" {...sf.field("email")} />
        <TextInput
          label="Organisation they will answer for"
          hint="For example, Nottingham City Council or a local charity"
          {...sf.field("organisation")}
        />
      </ServerForm>
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
  return (
    <ActionButton
      variant="warning"
      className="govuk-!-margin-bottom-0"
      run={() => revokeInvitationAction({ partnershipId, invitationId })}
      onDone={() => router.refresh()}
    >
      Withdraw<span className="govuk-visually-hidden"> the invitation for {email}</span>
    </ActionButton>
  );
}
