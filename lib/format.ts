// Dates as people in the UK write them, in UK time (lib/dates.mjs, shared with the mail worker).
export { formatDate, formatDateTime } from "./dates.mjs";
