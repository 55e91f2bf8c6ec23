"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { formatDateTime } from "@/lib/format";
import { assignmentSchema, membershipSchema } from "@/lib/admin/schemas";
import {
  addAssignmentAction,
  addMembershipAction,
  forceSignOutAction,
  issuePasswordResetAction,
  removeAssignmentAction,
  removeMembershipAction,
} from "@/lib/admin/actions";
import { useAddForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { ActionButton } from "@/components/forms/ActionButton";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { TextInput } from "@/components/ui/TextInput";
import { Select } from "@/components/ui/Select";
import { Radios } from "@/components/ui/Choices";
import { LinkToSendPanel, SuccessBanner } from "@/components/Banners";
import { PARTNERSHIP_ROLE_OPTIONS } from "@/app/admin/options";

type Option = { id: number; name: string };

const choosePartnership = (partnerships: Option[]) => [
  { value: "", label: "Select a partnership" },
  ...partnerships.map((p) => ({ value: String(p.id), label: p.name })),
];

export function AddMembershipForm({ userId, partnerships }: { userId: string; partnerships: Option[] }) {
  const empty = { userId, partnershipId: "", role: "member" as const, organisation: "" };
  const sf = useAddForm(membershipSchema, empty, addMembershipAction);
  const { form, field } = sf;
  return (
    <ServerForm of={sf} submit="Add to partnership" secondary labelledBy="add-membership-heading">
      <h3 className="govuk-heading-s" id="add-membership-heading">
        Add to a partnership
      </h3>
      <input type="hidden" {...form.register("userId")} />
      <Select label="Partnership" options={choosePartnership(partnerships)} {...field("partnershipId")} />
      <Radios label="Role in the partnership" legendSize="s" options={PARTNERSHIP_ROLE_OPTIONS} {...field("role")} />
      <TextInput
        label="Organisation (optional)"
        hint="For example, Nottinghamshire Police or a local charity"
        {...field("organisation")}
      />
    </ServerForm>
  );
}

export function AddAssignmentForm({
  reviewerUserId,
  partnerships,
  cycles,
}: {
  reviewerUserId: string;
  partnerships: Option[];
  cycles: { id: number; label: string }[];
}) {
  const empty = {
    reviewerUserId,
    partnershipId: "",
    cycleId: cycles.length ? String(cycles[cycles.length - 1]!.id) : "",
  };
  const sf = useAddForm(assignmentSchema, empty, addAssignmentAction);
  const { form, field } = sf;
  return (
    <ServerForm of={sf} submit="Assign" secondary labelledBy="add-assignment-heading">
      <h3 className="govuk-heading-s" id="add-assignment-heading">
        Assign a partnership for peer review
      </h3>
      <input type="hidden" {...form.register("reviewerUserId")} />
      <Select label="Partnership to review" options={choosePartnership(partnerships)} {...field("partnershipId")} />
      <Select
        label="Cycle"
        options={cycles.map((c) => ({ value: String(c.id), label: c.label }))}
        {...field("cycleId")}
      />
    </ServerForm>
  );
}

type RemoveProps =
  | { kind: "membership"; input: { userId: string; partnershipId: string }; label: string }
  | { kind: "assignment"; input: { assignmentId: string }; label: string };

export function RemoveButton(props: RemoveProps) {
  const router = useRouter();
  return (
    <ActionButton
      variant="warning"
      className="govuk-!-margin-bottom-0"
      run={() =>
        props.kind === "membership" ? removeMembershipAction(props.input) : removeAssignmentAction(props.input)
      }
      onDone={() => router.refresh()}
    >
      Remove<span className="govuk-visually-hidden"> – {props.label}</span>
    </ActionButton>
  );
}

export function ForceSignOutButton({ userId }: { userId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={async () => {
          const result = await forceSignOutAction({ userId });
          setMessage(result.ok ? "The user has been signed out everywhere." : result.message);
        }}
      >
        Sign this user out everywhere
      </button>
      {message && (
        <p className="govuk-body" role="status">
          {message}
        </p>
      )}
    </>
  );
}

/** Issues a single-use reset link for the administrator to send; the user is signed out at once. */
export function PasswordResetButton({ userId, email }: { userId: string; email: string }) {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [emailed, setEmailed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error && <ErrorSummary errors={[{ field: "_form", message: error }]} />}
      {emailed && (
        <SuccessBanner id="reset-emailed" heading={`Reset link sent to ${email}`}>
          <p className="govuk-body">
            The link is in the email, not shown here. It works once, for 24 hours. They have been signed out everywhere.
          </p>
        </SuccessBanner>
      )}
      {link && (
        <LinkToSendPanel
          key={link.url}
          title={`Reset link created for ${email}`}
          inputId="reset-link"
          label={`Password reset link (send it to them yourself; it works once, until ${formatDateTime(link.expiresAt)})`}
          link={link.url}
        />
      )}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={async () => {
          setError(null);
          const result = await issuePasswordResetAction({ userId });
          if (result.ok) {
            const path = result.data.path;
            setLink(path ? { url: `${window.location.origin}${path}`, expiresAt: result.data.expiresAt } : null);
            setEmailed(!path);
          } else setError(result.fieldErrors?._form?.[0] ?? result.message);
        }}
      >
        Create a password reset link
      </button>
    </>
  );
}
