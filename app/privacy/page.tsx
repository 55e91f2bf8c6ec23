import type { Metadata } from "next";
import Link from "@/components/Link";
import { config } from "@/lib/config";
import { operatorDetails } from "@/lib/operator";
import { OperatorNotice, detail } from "@/components/OperatorNotice";
import { SummaryList } from "@/components/ui/SummaryList";

export const metadata: Metadata = { title: "Privacy notice" };
// The retention period (AUDIT_RETENTION_YEARS) and the operator's details (OPERATOR_*, DPO_CONTACT)
// are settings: read when the page is served.
export const dynamic = "force-dynamic";

// Public, like "How scoring works": people are entitled to read it before they sign in.
export default function PrivacyPage() {
  const years = config().AUDIT_RETENTION_YEARS;
  const operator = operatorDetails();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Privacy notice</h1>
        <OperatorNotice operator={operator} />
        <p className="govuk-body">
          {detail(operator.name, "the operator's name")} runs this copy of the toolkit and is the controller of the
          personal data in it, under the UK General Data Protection Regulation (UK GDPR) and the Data Protection Act
          2018.
        </p>
        <h2 className="govuk-heading-m">Who we are and how to contact us</h2>
        <div data-testid="operator-details">
          <SummaryList
            rows={[
              { key: "Controller", value: detail(operator.name, "name") },
              { key: "Address", value: detail(operator.address, "address") },
              { key: "Email", value: detail(operator.email, "email address") },
              { key: "Data protection officer", value: detail(operator.dpo, "contact") },
            ]}
          />
        </div>
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
        <h2 className="govuk-heading-m">Our lawful basis</h2>
        <p className="govuk-body">
          We use your data because it is needed to perform a task in the public interest, the partnership&rsquo;s work
          against modern slavery (UK GDPR Article 6(1)(e)), or, where the operator is not a public body, for our
          legitimate interest in running the partnership&rsquo;s self-review (Article 6(1)(f)). We do not ask for
          special category data (such as health or ethnicity) and do not use your data for marketing or to make
          automated decisions about you. We do not share it outside the toolkit, except where the law requires it.
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
          You can ask for a copy of the data held about you, to correct it, to restrict or object to its use, and, once
          you have left, to erase it (as described above). Write to{" "}
          {detail(operator.email, "the operator's email address")} or to the data protection officer (
          {detail(operator.dpo, "contact")}), or ask your administrator. If you think your data has been handled
          wrongly, you can complain to the Information Commissioner&rsquo;s Office (ico.org.uk, 0303 123 1113).
        </p>
        <p className="govuk-body">
          The toolkit uses only the cookies it needs to work: see{" "}
          <Link className="govuk-link" href="/cookies">
            Cookies
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
