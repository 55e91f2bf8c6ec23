import type { Metadata } from "next";
import { Table } from "@/components/ui/Table";
import { callbackUrlCookieName, csrfCookieName, sessionCookieName, usesSecureCookies } from "@/lib/auth/cookies";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "Cookies" };
// The names depend on whether the app is served over https (NEXTAUTH_URL), and the session's
// limits are settings: read when the page is served.
export const dynamic = "force-dynamic";

// Only the cookies the toolkit sets (lib/auth/cookies.ts, next-auth's own names), each with what
// it is for and how long it lasts. No analytics, no advertising, nothing set before sign-in but
// the sign-in form's own protection, so no consent banner is needed.
export default function CookiesPage() {
  const secure = usesSecureCookies();
  const idle = config().IDLE_TIMEOUT_MINUTES;
  const rows = [
    {
      name: sessionCookieName(secure),
      purpose:
        "Keeps you signed in from page to page. It holds no personal details, only a signed reference to your session.",
      lifetime: `12 hours after you sign in, or when you sign out. The session behind it also ends after ${idle} minutes without activity.`,
    },
    {
      name: csrfCookieName(secure),
      purpose: "Protects the sign-in form against cross-site request forgery (another website signing you in or out).",
      lifetime: "Until you close your browser.",
    },
    {
      name: callbackUrlCookieName(secure),
      purpose: "Remembers which page of the toolkit to take you to after you sign in.",
      lifetime: "Until you close your browser.",
    },
  ];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Cookies</h1>
        <p className="govuk-body">
          Cookies are small files saved on your phone, tablet or computer when you visit a website. The toolkit uses
          only the cookies it needs to work, which do not need your consent. It uses no analytics or advertising
          cookies, and nothing is shared with other websites.
        </p>
        <h2 className="govuk-heading-m">Essential cookies</h2>
        <Table
          testId="cookies-table"
          caption="The cookies the toolkit sets"
          captionSize="hidden"
          rows={rows}
          columns={[
            { header: "Name", rowHeader: "regular", cell: (r) => <code>{r.name}</code> },
            { header: "Purpose", cell: (r) => r.purpose },
            { header: "Expires", cell: (r) => r.lifetime },
          ]}
        />
        <p className="govuk-body">
          If your browser blocks these cookies you cannot sign in. The toolkit keeps nothing else in your browser.
        </p>
      </div>
    </div>
  );
}
