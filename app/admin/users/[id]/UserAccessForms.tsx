"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { assignmentSchema, membershipSchema } from "@/lib/admin/schemas";
import {
  addAssignmentAction,
  addMembershipAction,
  forceSignOutAction,
  issuePasswordResetAction,
  removeAssignmentAction,
  removeMembershipAction,
} from "@/lib/admin/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceField, SelectField, TextField } from "@/components/forms/fields";
import { LinkToSendPanel } from "@/components/Banners";
import { PARTNERSHIP_ROLE_OPTIONS } from "@/app/admin/options";

type Option = { id: number; name: string };

export function AddMembershipForm({ userId, partnerships }: { userId: string; partnerships: Option[] }) {
  const router = useRouter();
  const { form, onSubmit, summary, errorOf } = useServerForm(
    membershipSchema,
    { userId, partnershipId: "", role: "member", organisation: "" },
    addMembershipAction,
    (_, f) => {
      f.reset({ userId, partnershipId: "", role: "member", organisation: "" });
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-membership-heading">
      <h3 className="govuk-heading-s" id="add-membership-heading">
        Add to a partnership
      </h3>
      <ErrorSummary errors={summary} />
      <input type="hidden" {...form.register("userId")} />
      <SelectField
        name="partnershipId"
        label="Partnership"
        options={[
          { value: "", label: "Select a partnership" },
          ...partnerships.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        error={errorOf("partnershipId")}
        registration={form.register("partnershipId")}
      />
      <ChoiceField
        name="role"
        label="Role in the partnership"
        legendSize="s"
        options={PARTNERSHIP_ROLE_OPTIONS}
        error={errorOf("role")}
        registration={form.register("role")}
      />
      <TextField
        name="organisation"
        label="Organisation (optional)"
        hint="For example, Nottinghamshire Police or a local charity"
        error={errorOf("organisation")}
        registration={form.register("organisation")}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.formState.isSubmitting}>
        Add to partnership
      </button>
    </form>
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
  const router = useRouter();
  const empty = {
    reviewerUserId,
    partnershipId: "",
    cycleId: cycles.length ? String(cycles[cycles.length - 1]!.id) : "",
  };
  const { form, onSubmit, summary, errorOf } = useServerForm(assignmentSchema, empty, addAssignmentAction, (_, f) => {
    f.reset(empty);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-assignment-heading">
      <h3 className="govuk-heading-s" id="add-assignment-heading">
        Assign a partnership for peer review
      </h3>
      <ErrorSummary errors={summary} />
      <input type="hidden" {...form.register("reviewerUserId")} />
      <SelectField
        name="partnershipId"
        label="Partnership to review"
        options={[
          { value: "", label: "Select a partnership" },
          ...partnerships.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        error={errorOf("partnershipId")}
        registration={form.register("partnershipId")}
      />
      <SelectField
        name="cycleId"
        label="Cycle"
        options={cycles.map((c) => ({ value: String(c.id), label: c.label }))}
        error={errorOf("cycleId")}
        registration={form.register("cycleId")}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.formState.isSubmitting}>
        Assign
      </button>
    </form>
  );
}

type RemoveProps =
  | { kind: "membership"; input: { userId: string; partnershipId: string }; label: string }
  | { kind: "assignment"; input: { assignmentId: string }; label: string };

export function RemoveButton(props: RemoveProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function remove() {
    setBusy(true);
    const result =
      props.kind === "membership"
        ? await removeMembershipAction(props.input)
        : await removeAssignmentAction(props.input);
    setBusy(false);
    if (!result.ok) setError(result.message);
    else router.refresh();
  }
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
        onClick={remove}
        disabled={busy}
      >
        Remove<span className="govuk-visually-hidden"> – {props.label}</span>
      </button>
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
    </>
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
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error && <ErrorSummary errors={[{ field: "_form", message: error }]} />}
      {link && (
        <LinkToSendPanel
          key={link.url}
          title={`Reset link created for ${email}`}
          inputId="reset-link"
          label={`Password reset link (send it to them yourself; it works once, until ${new Date(link.expiresAt).toLocaleString("en-GB", { timeZone: "Europe/London", dateStyle: "medium", timeStyle: "short" })})`}
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
            setLink({ url: `${window.location.origin}${result.data.path}`, expiresAt: result.data.expiresAt });
          } else setError(result.fieldErrors?._form?.[0] ?? result.message);
        }}
      >
        Create a password reset link
      </button>
    </>
  );
}
