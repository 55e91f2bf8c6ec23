// Where to go after sign-in: only a path on this site, so that the sign-in page is no open
// redirect. Browsers drop tabs and newlines from addresses and read "\" as "/", so "/\t/evil.example"
// would leave the site: such characters refuse the value outright, and what is left must resolve to
// this site's own origin. Resolving can turn a same-site looking value into "//host" (a
// protocol-relative address: "/x/..//evil.example", "/.//evil.example"), and a server or browser
// further along may decode "%2F", "%2e" or "%5C" again, so the resolved path and every decoding of
// it must pass the same test.
const SELF = "http://toolkit.invalid";
const UNSAFE = /[\u0000-\u001f\u007f\\]/;
// Enough for any honest path (which is decoded at most once or twice); deeper nesting is refused.
const MAX_DECODES = 8;

/** The value resolved against this site, or null when it is not a plain same-site path. */
function sameSitePath(value: string): string | null {
  if (!value.startsWith("/") || value.startsWith("//") || UNSAFE.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, SELF);
  } catch {
    return null;
  }
  if (url.origin !== SELF) return null;
  const path = url.pathname + url.search + url.hash;
  if (path.startsWith("//") || UNSAFE.test(path)) return null;
  if (path.startsWith("/sign-in") || path.startsWith("/api/")) return null;
  return path;
}

/** Decodes the ASCII escapes only: those are the ones that can spell "/", "\", "." or ":"; never throws. */
function decodeAscii(value: string): string {
  return value.replace(/%([0-7][0-9a-f])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value) return "/";
  const path = sameSitePath(value);
  if (!path) return "/";
  let layer = path;
  for (let round = 0; ; round++) {
    const decoded = decodeAscii(layer);
    if (decoded === layer) return path;
    if (round === MAX_DECODES) return "/";
    if (!sameSitePath(decoded)) return "/";
    layer = decoded;
  }
}
