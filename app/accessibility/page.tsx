import type { Metadata } from "next";
import Link from "@/components/Link";
import { operatorDetails } from "@/lib/operator";
import { OperatorNotice, detail } from "@/components/OperatorNotice";

export const metadata: Metadata = { title: "Accessibility statement" };
// The operator's details are settings (OPERATOR_*): read when the page is served.
export const dynamic = "force-dynamic";

// Public, as the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
// Regulations 2018 require, following GOV.UK's model statement: who runs it, how accessible it is,
// what is known not to be, how to report a problem, and the enforcement procedure.
export default function AccessibilityPage() {
  const operator = operatorDetails();
  const email = detail(operator.email, "the operator's email address");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <OperatorNotice operator={operator} />
        <p className="govuk-body">
          This statement applies to the Anti-Slavery Partnership Maturity Toolkit, run by{" "}
          {detail(operator.name, "the operator's name")}. We want as many people as possible to be able to use it. You
          should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using your browser or device settings;</li>
          <li>zoom in up to 400% without the text spilling off the screen;</li>
          <li>get around the whole toolkit using just a keyboard;</li>
          <li>get around it using speech recognition software;</li>
          <li>listen to it using a screen reader (including recent versions of JAWS, NVDA and VoiceOver).</li>
        </ul>
        <p className="govuk-body">
          Every chart has a table beside it with the same figures, and colour is never the only way something is shown.
        </p>

        <h2 className="govuk-heading-m">How accessible this toolkit is</h2>
        <p className="govuk-body">We know some parts are not fully accessible:</p>
        <ul className="govuk-list govuk-list--bullet" data-testid="known-issues">
          <li>
            the small labels that appear over a chart when you point at it or move the keyboard focus onto it cannot be
            dismissed with the Escape key; the table beside each chart holds the same figures;
          </li>
          <li>
            some wide tables (the national comparison, the audit log) scroll sideways inside their own box on a narrow
            screen rather than rearranging themselves;
          </li>
          <li>
            a report you save as PDF from your browser is as accessible as your browser makes it; the results page
            itself is the accessible version.
          </li>
        </ul>

        <h2 className="govuk-heading-m">Feedback and contact information</h2>
        <p className="govuk-body">
          If you need information in this toolkit in a different format, such as accessible PDF, large print or easy
          read, email {email}. We will consider your request and get back to you within 5 working days.
        </p>

        <h2 className="govuk-heading-m">Reporting accessibility problems with this toolkit</h2>
        <p className="govuk-body" data-testid="report-a-problem">
          We are always looking to improve its accessibility. If you find any problems not listed on this page or think
          we are not meeting accessibility requirements, email {email}, saying which page and what went wrong.
        </p>

        <h2 className="govuk-heading-m">Enforcement procedure</h2>
        <p className="govuk-body" data-testid="enforcement">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies
          (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the &lsquo;accessibility
          regulations&rsquo;). If you are not happy with how we respond to your complaint, contact the Equality Advisory
          and Support Service (EASS). If you are in Northern Ireland and are not happy with how we respond, contact the
          Equality Commission for Northern Ireland (ECNI), which is responsible there.
        </p>

        <h2 className="govuk-heading-m">Technical information about this toolkit&rsquo;s accessibility</h2>
        <p className="govuk-body">
          {detail(operator.name, "The operator")} is committed to making the toolkit accessible, in accordance with the
          Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3 className="govuk-heading-s">Compliance status</h3>
        <p className="govuk-body" data-testid="compliance-status">
          This toolkit is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due
          to the non-compliance listed below.
        </p>
        <h3 className="govuk-heading-s">Non-accessible content</h3>
        <p className="govuk-body">
          The chart labels that appear on pointing or focus cannot be dismissed without moving the pointer or focus
          (WCAG 2.2 success criterion 1.4.13, content on hover or focus). We plan to make them dismissible with the
          Escape key. Until then the same figures are in the table beside every chart.
        </p>

        <h2 className="govuk-heading-m">How we tested this toolkit</h2>
        <p className="govuk-body">
          Its automated tests check each page with axe on every change, check that the main pages do not scroll sideways
          at a width of 320 CSS pixels, work through the main journeys with the keyboard, and print the results report.
          It has not yet been audited by an accessibility specialist or tested with disabled users; we will update this
          statement when it has.
        </p>
        <p className="govuk-body">
          This statement was prepared on 3 December 2026. It is reviewed each year and whenever the toolkit changes
          substantially. See also the{" "}
          <Link className="govuk-link" href="/privacy">
            privacy notice
          </Link>{" "}
          and{" "}
          <Link className="govuk-link" href="/cookies">
            cookies
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
