"use client";
// GOV.UK patterns used on several pages: the success notification banner, and the panel that
// hands over a single-use link (an invitation, a password reset) for the user to send themselves.
import { useState, type ReactNode } from "react";
import { NotificationBanner } from "@/components/ui/NotificationBanner";

export function SuccessBanner({ id, heading, children }: { id: string; heading: string; children?: ReactNode }) {
  return (
    <NotificationBanner titleId={id} success heading={heading}>
      {children}
    </NotificationBanner>
  );
}

export function LinkToSendPanel({
  title,
  inputId,
  label,
  link,
}: {
  title: string;
  inputId: string;
  label: string;
  link: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="govuk-panel govuk-panel--confirmation" style={{ textAlign: "left" }}>
      <h2 className="govuk-panel__title govuk-!-font-size-27">{title}</h2>
      <div className="govuk-panel__body govuk-!-font-size-19">
        <label className="govuk-label" htmlFor={inputId} style={{ color: "#fff" }}>
          {label}
        </label>
        <input id={inputId} className="govuk-input" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="govuk-button govuk-button--inverse govuk-!-margin-top-3 govuk-!-margin-bottom-0"
          onClick={async () => {
            await navigator.clipboard?.writeText(link).catch(() => undefined);
            setCopied(true);
          }}
        >
          Copy link
        </button>
        <p className="govuk-!-margin-bottom-0" role="status">
          {copied ? "Link copied." : ""}
        </p>
      </div>
    </div>
  );
}
