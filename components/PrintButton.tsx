"use client";
export function PrintButton({ label = "Print or save as PDF" }: { label?: string }) {
  return (
    <button type="button" className="govuk-button govuk-button--secondary app-no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
