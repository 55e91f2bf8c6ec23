// Dates and times as people in the UK write them, in UK time: "31 March 2027", "31 March 2027 at
// 14:05". Plain ESM, so that the app (through lib/format.ts) and the primary process's mail worker,
// which runs without the app's TypeScript, show the same day for the same moment.
// The formatters are made once: toLocaleDateString with options builds a new one on every call
// (about 0.1 ms each, several per page).
const UK = "Europe/London";
const longDate = new Intl.DateTimeFormat("en-GB", { timeZone: UK, day: "numeric", month: "long", year: "numeric" });
const clock = new Intl.DateTimeFormat("en-GB", { timeZone: UK, hour: "2-digit", minute: "2-digit" });
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const dayParts = new Intl.DateTimeFormat("en-GB", { timeZone: UK, year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * Today's date in the UK as yyyy-mm-dd: what deadlines, due dates and "overdue" go by (plain dates,
 * compared as text). Between midnight and 1 am in summer the UTC date is still yesterday's.
 */
export function todayIso(now = new Date()) {
  const part = Object.fromEntries(dayParts.formatToParts(now).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}`;
}

/** A yyyy-mm-dd date as that calendar day; an ISO timestamp as its day in UK time. */
export function formatDate(value) {
  // A date without a time is read at noon UTC: the same calendar day in UK time, summer or winter.
  return longDate.format(new Date(DAY_ONLY.test(value) ? `${value}T12:00:00Z` : value));
}

/** An ISO timestamp as its day and time in UK time. */
export function formatDateTime(iso) {
  return `${formatDate(iso)} at ${clock.format(new Date(iso))}`;
}
