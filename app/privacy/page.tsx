import type { Metadata } from "next";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "Privacy notice" };
// The retention period is a setting (AUDIT_RETENTION_YEARS): read when the page is served.
export const dynamic = "force-dynamic";

// Public, like "How scoring works": people are entitled to read it before they sign in.
export default function PrivacyPage() {
  const years = config().AUDIT_RETENTION_YEARS;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Privacy notice</h1>
        <p className="govuk-body">
          The partnership or organisation that runs this toolkit is the controller of the personal data in it, under the
          UK General Data Protection Regulation and the Data Protection Act 2018. Ask your administrator who that is and
          how to contact them.
        </p>
        <h2 className="govuk-heading-m">What we hold about you</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>your name, work email address and, where given, your organisation;</li>
          <li>the partnerships you belong to and your role in each;</li>
          <li>the answers you give in your partnership&rsquo;s self-review, and when you gave them;</li>
          <li>
            a record of what you do in the toolkit (the audit log): signing in and out, changes you make and data you
            export, with the time and the network address it came from.
          </li>
        </ul>
        <h2 className="govuk-heading-m">Why</h2>
        <p className="govuk-body">
          To let you take part in your partnership&rsquo;s annual self-review, and to keep the data in it secure and
          accountable (the audit log shows who did what, so that mistakes and misuse can be found).
        </p>
        <h2 className="govuk-heading-m">How long we keep it</h2>
        <p className="govuk-body" data-testid="audit-retention">
          Entries in the audit log are kept for {years} years and then removed automatically, once a day.
        </p>
        <p className="govuk-body">
          Your account and your answers are kept while you take part. Your answers are part of your partnership&rsquo;s
          self-review and stay with it.
        </p>
        <p className="govuk-body" data-testid="erasure-rule">
          When you have left, an administrator can erase your personal data, at your request or when it is no longer
          needed: your name and email address are replaced by a pseudonym (such as &ldquo;Erased person 7f3a&rdquo;)
          everywhere in the toolkit, including the audit log, and your account can never be used again. Your answers
          stay with your partnership&rsquo;s self-review under the pseudonym. An erasure cannot be undone.
        </p>
        <h2 className="govuk-heading-m">Your rights</h2>
        <p className="govuk-body">
          You can ask your administrator for a copy of the data held about you, to correct it, and, once you have left,
          to erase it (as described above). If you think your data has been handled wrongly, you can complain to the
          Information Commissioner&rsquo;s Office (ico.org.uk).
        </p>
      </div>
    </div>
  );
}
