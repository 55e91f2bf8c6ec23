"use client";
// A button that runs one server action and says, beside it, why it did not work if it did not:
// the action's own message, or that the request never reached the server (then nothing changed).
import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/server-action-result";
import { cx } from "@/components/ui/cx";

export const NOT_SENT_CHANGE =
  "The change could not be sent, so nothing has changed. Check your connection and try again.";

export function ActionButton<T>({
  run,
  onDone,
  variant = "secondary",
  className,
  children,
}: {
  run: () => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
  variant?: "primary" | "secondary" | "warning";
  /** More classes on the button, e.g. its margin. */
  className?: string;
  children: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className={cx("govuk-button", variant !== "primary" && `govuk-button--${variant}`, className)}
        disabled={busy}
        onClick={async () => {
          setError(null);
          setBusy(true);
          try {
            const r = await run();
            if (r.ok) onDone(r.data);
            else setError(r.message);
          } catch {
            setError(NOT_SENT_CHANGE);
          } finally {
            setBusy(false);
          }
        }}
      >
        {children}
      </button>
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
