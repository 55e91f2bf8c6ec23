import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { erasurePreview } from "@/lib/admin/erasure.server";
import { idParam } from "@/lib/params";
import { PARTNERSHIP_ROLE_LABELS } from "@/lib/domain/labels";
import { EraseUserForm } from "./EraseUserForm";

export const metadata: Metadata = { title: "Erase a person" };
export const dynamic = "force-dynamic";

// GOV.UK's "are you sure" pattern for something that cannot be undone: what will happen, in
// plain words, then a box to tick before the (warning) button does anything.
export default async function EraseUserPage({ params }: { params: Promise<{ id: string }> }) {
  const userId = idParam((await params).id);
  const actor = await requirePermission("erase:user:any");
  const person = erasurePreview(actor, userId);
  if (!person) notFound();

  return (
    <>
      <Link href={`/admin/users/${person.id}`} className="govuk-back-link">
        Back to {person.name}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Erase a person</span>
          <h1 className="govuk-heading-l">Erase {person.name}&rsquo;s personal data</h1>
          {person.refusal ? (
            <div className="govuk-inset-text" data-testid="erase-refused">
              <p className="govuk-body govuk-!-font-weight-bold">This person cannot be erased.</p>
              <p className="govuk-body">{person.refusal}</p>
            </div>
          ) : (
            <>
              <p className="govuk-body">
                Do this when {person.name} ({person.email}) has left and asks for their personal data to be erased, or
                when your organisation no longer has a reason to keep it.
              </p>
              <h2 className="govuk-heading-m">What will happen</h2>
              <ul className="govuk-list govuk-list--bullet" data-testid="erase-consequences">
                <li>
                  Their name and email address will be replaced by a pseudonym, such as &ldquo;Erased person
                  7f3a&rdquo;, everywhere in the toolkit, including the audit log.
                </li>
                <li>
                  They will be signed out everywhere and will never be able to sign in again: their password is removed
                  and the email address stops working here.
                </li>
                <li>
                  {person.memberships.length ? (
                    <>
                      They will be removed from{" "}
                      {person.memberships
                        .map((m) => `${m.partnershipName} (${PARTNERSHIP_ROLE_LABELS[m.role].toLowerCase()})`)
                        .join(", ")}
                      .
                    </>
                  ) : (
                    "They are not a member of any partnership."
                  )}
                </li>
                <li>Invitations to their email address that are still open, and password reset links, are removed.</li>
                <li>
                  {person.answers === 0
                    ? "They have not given any answers of their own."
                    : person.answers === 1
                      ? "The answer they gave stays with their partnership, shown as the pseudonym’s."
                      : `The ${person.answers} answers they gave stay with their partnership, shown as the pseudonym’s.`}{" "}
                  Audit log entries stay, with the pseudonym.
                </li>
                <li>
                  Where their full name appears in action plans, peer reviews or answers, it is replaced by the
                  pseudonym. Check free text for other mentions of them, such as their first name alone.
                </li>
              </ul>
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  This cannot be undone. Nobody, including you, will be able to see their name or email address in the
                  toolkit again.
                </strong>
              </div>
              <EraseUserForm userId={String(person.id)} name={person.name} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
