// Dates as people in the UK write them, and today's date, in UK time (lib/dates.mjs, shared with
// the mail worker).
export { formatDate, formatDateTime, todayIso } from "./dates.mjs";
