// A real SMTP server for the browser tests (the `smtp-server` package): started once by the
// Playwright runner's own process (playwright.config.ts) before the web servers, on a fixed port
// beside theirs. Each message it accepts is written to a folder as JSON (the envelope and the raw
// message), which the tests read with receivedMail() (e2e/mail/read.ts). It speaks plain SMTP with
// no TLS and no login, as a mail relay on a test machine would.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export function startSmtpCapture(port: number, dir: string): SMTPServer {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const file = path.join(dir, `${Date.now()}-${process.pid}-${++n}.json`);
        writeFileSync(
          file,
          JSON.stringify({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        callback();
      });
    },
  });
  server.listen(port, "127.0.0.1");
  // The runner exits when the tests are done; this server must not keep it alive.
  (server as unknown as { server: { unref(): void } }).server.unref();
  return server;
}
