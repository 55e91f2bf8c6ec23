"use client";
// The GOV.UK "timeout warning": a modal that appears shortly before the session's idle limit,
// with a countdown and "Stay signed in" / "Sign out". The server decides: before warning and
// before signing out, this asks the server how long the session really has left, so that
// navigations, autosaves and other tabs (which all reset the server's idle clock) count.
import { useCallback, useEffect, useRef, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { staySignedInAction } from "@/lib/auth/actions";
import { describeDuration, screenReaderCountdown } from "@/lib/session-timeout";

type Status = { signedIn: true; remainingMs: number; limit: "idle" | "absolute" } | { signedIn: false };
type Props = {
  initialRemainingMs: number;
  initialLimit: "idle" | "absolute";
  warningMs: number;
  idleMinutes: number;
  absoluteHours: number;
};

const CHANNEL = "toolkit-session";

async function fetchStatus(): Promise<Status | null> {
  try {
    const res = await fetch("/api/session", { cache: "no-store", credentials: "same-origin" });
    if (res.status === 401) return { signedIn: false };
    if (!res.ok) return null;
    return (await res.json()) as Status;
  } catch {
    return null; // offline: keep to our own estimate
  }
}

function goToSignIn() {
  if (window.location.pathname === "/sign-in") return;
  // The sign-in page says why (it reads the ended session from the cookie), and brings the user
  // back here afterwards. A full load on purpose: nothing of the ended session's page may stay.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(
    `/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`,
  );
}

export function SessionTimeout({ initialRemainingMs, initialLimit, warningMs, idleMinutes, absoluteHours }: Props) {
  // Deadlines are on this browser's clock, from durations the server measured on its own.
  const [start] = useState(() => Date.now());
  const [deadline, setDeadline] = useState(start + initialRemainingMs);
  const [limit, setLimit] = useState(initialLimit);
  const [warning, setWarning] = useState(false);
  const [now, setNow] = useState(start);
  const [problem, setProblem] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const checking = useRef(false);
  const retryAt = useRef(0);
  const pathname = usePathname();
  const router = useRouter();

  const apply = useCallback(
    (status: Status | null, expiring: boolean) => {
      const t = Date.now();
      if (status && !status.signedIn) return goToSignIn();
      if (!status) {
        // No answer: warn on our own estimate; past the deadline, ask again every 15 seconds.
        if (expiring) retryAt.current = t + 15_000;
        else setWarning(true);
        return;
      }
      setDeadline(t + status.remainingMs);
      setLimit(status.limit);
      setNow(t);
      if (status.remainingMs > warningMs) {
        setWarning(false);
        setProblem(null);
      } else setWarning(true);
    },
    [warningMs],
  );

  const check = useCallback(
    async (expiring = false) => {
      if (checking.current) return;
      checking.current = true;
      try {
        apply(await fetchStatus(), expiring);
      } finally {
        checking.current = false;
      }
    },
    [apply],
  );

  // Before the warning is due: one timer, to ask the server then.
  useEffect(() => {
    if (warning) return;
    const id = window.setTimeout(() => void check(), Math.max(1000, deadline - warningMs - Date.now()));
    return () => window.clearTimeout(id);
  }, [warning, deadline, warningMs, check]);

  // While warning: tick every second; at the deadline, ask the server before signing out.
  useEffect(() => {
    if (!warning) return;
    const id = window.setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= deadline && t >= retryAt.current) void check(true);
    }, 1000);
    return () => window.clearInterval(id);
  }, [warning, deadline, check]);

  // Another tab kept the session alive: this one stops warning too.
  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => void check();
    return () => channel.close();
  }, [check]);

  // Coming back to this tab, or navigating (which the server counts as activity), while warning.
  useEffect(() => {
    if (!warning) return;
    const onVisible = () => {
      if (document.visibilityState === "visible") void check();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [warning, check]);
  // A signed-in user never sees the sign-in page (it sends them on), so arriving there means
  // the server ended the session during a navigation (forced sign-out, disabled, timed out).
  // The layout above the page was kept from before: render it afresh, signed out.
  useEffect(() => {
    if (pathname === "/sign-in") router.refresh();
  }, [pathname, router]);
  const lastPath = useRef(pathname);
  useEffect(() => {
    if (lastPath.current === pathname) return;
    lastPath.current = pathname;
    if (warning) void check();
  }, [pathname, warning, check]);

  // Open as a modal (the rest of the page becomes inert) and move focus into it; closing it
  // returns focus to where it was. The dialog stays in the page, closed, so that it can.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (warning && !dialog.open) {
      dialog.showModal();
      dialog.focus();
    } else if (!warning && dialog.open) dialog.close();
  }, [warning]);

  async function staySignedIn() {
    if (limit === "absolute") {
      // Nothing extends the 12-hour limit: "Continue" only closes the warning.
      setWarning(false);
      setDeadline((d) => d + warningMs); // sign out at the limit itself, without warning again
      return;
    }
    setProblem(null);
    try {
      const result = await staySignedInAction({});
      if (!result.ok) return result.code === "signed-out" ? goToSignIn() : setProblem(result.message);
      apply({ signedIn: true, ...result.data }, false);
      if (typeof BroadcastChannel !== "undefined") {
        const channel = new BroadcastChannel(CHANNEL);
        channel.postMessage("extended");
        channel.close();
      }
    } catch {
      setProblem("We could not reach the toolkit to keep you signed in. Check your connection and try again.");
    }
  }

  const remaining = Math.max(0, deadline - now);
  const reason =
    limit === "absolute"
      ? `For your security, every session ends ${absoluteHours} hours after signing in. We will sign you out in`
      : `You have not done anything for a while. For your security, we will sign you out after ${idleMinutes} minutes without activity, in`;
  return (
    <dialog
      ref={dialogRef}
      className="app-timeout-dialog"
      aria-modal="true"
      aria-labelledby="timeout-heading"
      aria-describedby="timeout-description"
      tabIndex={-1}
      onCancel={(e) => {
        // Escape means "stay", as in GOV.UK's pattern; it never signs out.
        e.preventDefault();
        void staySignedIn();
      }}
    >
      <h2 className="govuk-heading-m" id="timeout-heading">
        You will be signed out soon
      </h2>
      {/* Sighted users see the countdown every second; screen readers hear it now and then. */}
      <p className="govuk-body" aria-hidden="true" data-testid="timeout-countdown">
        {reason} <strong>{describeDuration(remaining)}</strong>.
      </p>
      <p className="govuk-visually-hidden" id="timeout-description" aria-live="polite">
        {reason} {screenReaderCountdown(remaining)}.
      </p>
      {problem && (
        <p className="govuk-error-message" role="alert">
          {problem}
        </p>
      )}
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => void staySignedIn()}>
          {limit === "absolute" ? "Continue" : "Stay signed in"}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={() => void signOut({ callbackUrl: "/sign-in?signedOut=1" })}
        >
          Sign out
        </button>
      </div>
    </dialog>
  );
}
