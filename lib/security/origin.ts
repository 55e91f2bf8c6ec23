// Is a request's Origin this app? One rule for the proxy (which refuses early, with a clear
// status) and the server-action wrapper (which checks again, failing closed): the Origin's host
// must be the host the request was sent to, or NEXTAUTH_URL's (the public address behind a
// reverse proxy). A missing, "null" or malformed Origin is never ours.
type HeaderSource = { get(name: string): string | null };

export function ownHosts(headers: HeaderSource, fallbackHost?: string): string[] {
  const hosts: string[] = [];
  const requested = headers.get("x-forwarded-host") ?? headers.get("host") ?? fallbackHost;
  if (requested) hosts.push(requested);
  try {
    if (process.env.NEXTAUTH_URL) hosts.push(new URL(process.env.NEXTAUTH_URL).host);
  } catch {
    /* a malformed NEXTAUTH_URL adds nothing */
  }
  return hosts;
}

export function originIsOurs(headers: HeaderSource, fallbackHost?: string): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  try {
    return ownHosts(headers, fallbackHost).includes(new URL(origin).host);
  } catch {
    return false;
  }
}
