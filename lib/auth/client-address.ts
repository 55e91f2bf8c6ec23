// The client's address, for throttling sign-in and for the audit log. The app must sit behind a
// reverse proxy that sets X-Forwarded-For (nginx: `proxy_set_header X-Forwarded-For
// $proxy_add_x_forwarded_for` or `$remote_addr`): the right-most entry is the address that proxy
// saw, which the client cannot forge; entries to its left are whatever the client sent. Without
// a proxy, Next.js fills the header from the socket when it is absent, but a client could send
// its own, so per-address limits would not hold (per-account limits still would).

/** The address to record, or null when there is none. */
export function clientAddress(forwardedFor: string | null | undefined): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const last = entries.at(-1);
  return last ? last.slice(0, 100) : null;
}

/** Stands in for a missing address, so that per-address throttling still counts those attempts together. */
export const UNKNOWN_ADDRESS = "unknown";
