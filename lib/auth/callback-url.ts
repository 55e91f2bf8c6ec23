// Where to go after sign-in: only a path on this site, so that the sign-in page is no open
// redirect. Browsers drop tabs and newlines from addresses and read "\" as "/", so "/\t/evil.example"
// would leave the site: such characters refuse the value outright, and what is left must resolve to
// this site's own origin.
const SELF = "http://toolkit.invalid";

export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, SELF);
  } catch {
    return "/";
  }
  if (url.origin !== SELF) return "/";
  const path = url.pathname + url.search + url.hash;
  if (path.startsWith("/sign-in") || path.startsWith("/api/")) return "/";
  return path;
}
