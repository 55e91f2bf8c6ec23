// Dates as people in the UK write them: 31 March 2027.
// One formatter, made once: toLocaleDateString with options builds a new one on every call
// (about 0.1 ms each, several per page).
const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(isoDate: string): string {
  return longDate.format(new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate));
}
