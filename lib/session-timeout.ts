// Wording for the idle-timeout warning's countdown (pure, shared by the component and its tests).

/** "2 minutes", "1 minute 5 seconds", "45 seconds": whole seconds, rounded up. */
export function describeDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (!minutes) return part(seconds, "second");
  return seconds ? `${part(minutes, "minute")} ${part(seconds, "second")}` : part(minutes, "minute");
}

/** How often screen readers hear the countdown: a live region read every second is unusable. */
export const ANNOUNCE_EVERY_MS = 20_000;

/** The countdown as screen readers hear it: rounded up to 20 seconds, so it changes rarely. */
export function screenReaderCountdown(ms: number): string {
  const step = ANNOUNCE_EVERY_MS;
  return describeDuration(Math.ceil(Math.max(0, ms) / step) * step);
}
