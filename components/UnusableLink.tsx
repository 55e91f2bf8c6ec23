// The page for a single-use link (an invitation, a password reset) that cannot be used: why not,
// and the way to sign in. Nothing on it depends on whose link it was.
import Link from "@/components/Link";

export function UnusableLink({ title, reason }: { title: string; reason: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{reason}</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/sign-in">
          Go to sign in
        </Link>
      </p>
    </>
  );
}
