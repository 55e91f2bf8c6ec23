// Reading what the test SMTP server (e2e/mail/capture.ts) received: each message's envelope
// recipients, its decoded subject and its plain-text and HTML parts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

export type Received = { from: string | null; to: string[]; subject: string; text: string; html: string; raw: string };

export function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("no test SMTP server (see playwright.config.ts)");
  return dir;
}

function decodeQuotedPrintable(s: string): string {
  const bytes = s
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? "7bit").toLowerCase()) {
    case "quoted-printable":
      return decodeQuotedPrintable(body);
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    default:
      return body;
  }
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as a subject with "–" is sent. */
function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function splitHeaders(part: string): { headers: Map<string, string>; body: string } {
  const at = part.search(/\r?\n\r?\n/);
  const head = part.slice(0, at).replace(/\r?\n[ \t]+/g, " ");
  const body = part.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body };
}

export function parseMessage(file: string): Received {
  const { from, to, raw } = JSON.parse(readFileSync(file, "utf8")) as {
    from: string | null;
    to: string[];
    raw: string;
  };
  const { headers, body } = splitHeaders(raw);
  const parts: { type: string; body: string }[] = [];
  const walk = (contentType: string, encoding: string | undefined, content: string) => {
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (contentType.toLowerCase().startsWith("multipart/") && boundary) {
      for (const chunk of content.split(`--${boundary}`).slice(1)) {
        if (chunk.startsWith("--")) break;
        const p = splitHeaders(chunk.replace(/^\r?\n/, ""));
        walk(p.headers.get("content-type") ?? "text/plain", p.headers.get("content-transfer-encoding"), p.body);
      }
    } else parts.push({ type: contentType.split(";")[0]!.toLowerCase(), body: decodeBody(content, encoding) });
  };
  walk(headers.get("content-type") ?? "text/plain", headers.get("content-transfer-encoding"), body);
  return {
    from,
    to,
    subject: decodeWords(headers.get("subject") ?? ""),
    text: parts.find((p) => p.type === "text/plain")?.body ?? "",
    html: parts.find((p) => p.type === "text/html")?.body ?? "",
    raw,
  };
}

/** Every message received so far, oldest first. */
export function allMail(): Received[] {
  const dir = mailDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort((a, b) => Number(a.split("-")[0]) - Number(b.split("-")[0]) || a.localeCompare(b))
    .map((f) => parseMessage(path.join(dir, f)));
}

/** Waits for the messages to `to` whose subject matches; returns them once there are `count`. */
export async function receivedMail(to: string, subject: RegExp, count = 1): Promise<Received[]> {
  let found: Received[] = [];
  await expect
    .poll(
      () => {
        found = allMail().filter((m) => m.to.includes(to) && subject.test(m.subject));
        return found.length;
      },
      { message: `email to ${to} with subject ${subject}`, timeout: 20_000, intervals: [250, 500, 1000] },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}

/** The first link in a message's text that starts with `prefix`. */
export function linkIn(message: Received, prefix: string): string {
  const link = message.text.split(/\s+/).find((w) => w.startsWith(prefix));
  if (!link) throw new Error(`no link starting ${prefix} in: ${message.text}`);
  return link;
}
