// `npm run durability [-- --rounds N --writers W --port P]`: does every acknowledged save survive
// the server being killed? Each round, W coordinators autosave answers to their own open
// assessments through the real server action over HTTP (as the browser does), the production
// server is killed with SIGKILL 1–3 s after the first save is acknowledged, restarted on the same
// database file, and the file is read directly: every save the server acknowledged must be there,
// and PRAGMA integrity_check must say ok. Needs a production build (`npm run build`). Exits
// non-zero on any lost save, unexpected reply or integrity failure.
//
// What it proves: a crash of the server process loses nothing it acknowledged (a save is
// acknowledged only after its transaction commits). Power loss is a different event (the
// operating system's cache goes too); synchronous=FULL in db/connection.ts is what covers that.
import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { getFramework, CURRENT_FRAMEWORK_VERSION } from "../lib/framework";
import { LARGE_PASSWORD, seedLarge } from "./seed-large";
import { callServerAction, serverActionId, signIn, startServer, type Server } from "./bench-server";
import { coordinatorTargets, savedVersion, type WriterTarget } from "./bench-autosave";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    writers: { type: "string", default: "20" },
    port: { type: "string", default: process.env.DURABILITY_PORT || "3402" },
  },
});
function positiveInt(name: string, raw: string, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    console.error(`--${name} must be a whole number from 1 to ${max} (got "${raw}")`);
    process.exit(2);
  }
  return n;
}
const ROUNDS = positiveInt("rounds", args.rounds!, 1000);
const WRITERS = positiveInt("writers", args.writers!, 200);
const PORT = positiveInt("port", args.port!, 65535);

/** One save sent to the server. `ack` is the row version the server reported, or null if no reply came. */
type Attempt = { note: string; answer: "yes" | "no"; baseVersion: number; ack: number | null };
/** What a stored answer looks like to this test: its evidence note (unique per save) and row version. */
type Stored = { note: string | null; answer: string | null; version: number };

const key = (responseId: number, questionId: string) => `${responseId}/${questionId}`;

function readStored(file: string, targets: WriterTarget[]): { rows: Map<string, Stored>; integrity: string } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = new Map<string, Stored>();
    const select = db.prepare("SELECT question_id, value, row_version FROM answers WHERE response_id = ?");
    for (const t of targets) {
      for (const r of select.all(t.responseId) as { question_id: string; value: string; row_version: number }[]) {
        const value = JSON.parse(r.value) as { answer?: string; evidence?: { note?: string } };
        rows.set(key(t.responseId, r.question_id), {
          note: value.evidence?.note ?? null,
          answer: value.answer ?? null,
          version: r.row_version,
        });
      }
    }
    const check = db.pragma("integrity_check") as { integrity_check: string }[];
    return { rows, integrity: check.map((c) => c.integrity_check).join("; ") };
  } finally {
    db.close();
  }
}

const fw = getFramework(CURRENT_FRAMEWORK_VERSION)!;
// Yes/no questions carry a free-text evidence note: each save writes a note of its own, so the
// stored row says exactly which save it came from.
const questions = fw.dimensions.flatMap((d) =>
  d.questions.filter((q) => q.type === "yesno_evidence").map((q) => ({ q, page: `${d.id}/${q.topic.id}` })),
);

let server: Server | null = null;
let dir: string | null = null;
// Whatever happens (failure, Ctrl-C), no server is left running and no temporary file is left.
process.on("exit", () => {
  server?.killNow();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

async function round(n: number, file: string, targets: WriterTarget[], cookies: string[], actionId: string) {
  const before = readStored(file, targets).rows;
  const attempts = new Map<string, Attempt[]>();
  const unexpected: string[] = [];
  let killed = false;
  const running = server!;
  // The kill is timed from the first acknowledged save: a freshly started server answers its first
  // requests slowly (and more so on a busy machine), and a round with nothing acknowledged tests nothing.
  let firstAck: () => void;
  const underWay = new Promise<void>((resolve) => (firstAck = resolve));

  const writers = targets.map(async (t, w) => {
    for (let k = 0; !killed; k++) {
      const { q, page } = questions[(w + k) % questions.length]!;
      const id = key(t.responseId, q.id);
      const attempt: Attempt = {
        note: `round ${n} writer ${w + 1} save ${k + 1}`,
        answer: k % 2 ? "yes" : "no",
        baseVersion: before.get(id)?.version ?? 0,
        ack: null,
      };
      const list = attempts.get(id) ?? [];
      const last = list.at(-1);
      if (last) attempt.baseVersion = last.ack!; // the writer stops at its first unanswered save
      list.push(attempt);
      attempts.set(id, list);
      const value = { kind: "yesno", answer: attempt.answer, evidence: { note: attempt.note } };
      try {
        const r = await callServerAction(
          running.base,
          `/assessments/${t.assessmentId}/${page}`,
          actionId,
          cookies[w]!,
          [{ assessmentId: String(t.assessmentId), questionId: q.id, value, baseVersion: attempt.baseVersion }],
        );
        attempt.ack = r.status === 200 ? savedVersion(r.body) : null;
        if (attempt.ack !== null) firstAck!();
        if (attempt.ack === null) {
          // A reply that is not "saved" (refused, conflict, error): the test's own bookkeeping or the
          // server is wrong. It wrote nothing, so drop it and stop this writer.
          list.pop();
          unexpected.push(`writer ${w + 1}: HTTP ${r.status} ${r.body.slice(0, 200)}`);
          return;
        }
      } catch (e) {
        // No reply: in flight when the server died (it may or may not have committed).
        if (!killed) unexpected.push(`writer ${w + 1}: ${(e as Error).message}`);
        return;
      }
    }
  });

  const delay = 1000 + Math.random() * 2000;
  // If every writer stops without an acknowledgement (unexpected replies), go on to report them.
  await Promise.race([underWay, Promise.all(writers)]);
  await new Promise((r) => setTimeout(r, delay));
  killed = true;
  await running.stop("SIGKILL");
  server = null;
  await Promise.all(writers);

  server = await startServer(file, PORT);
  const { rows: after, integrity } = readStored(file, targets);

  let acknowledged = 0;
  let found = 0;
  let inFlight = 0;
  let inFlightCommitted = 0;
  const problems: string[] = [];
  for (const [id, list] of attempts) {
    const stored = after.get(id);
    const prior = before.get(id);
    // Which save the stored row is: -1 = as it was before the round, i = the i-th save this round.
    let match = -2;
    if (stored && prior && stored.note === prior.note && stored.version === prior.version) match = -1;
    if (!stored && !prior) match = -1;
    list.forEach((a, i) => {
      if (stored && stored.note === a.note && stored.answer === a.answer && stored.version === a.baseVersion + 1)
        match = i;
    });
    list.forEach((a, i) => {
      if (a.ack === null) {
        inFlight++;
        if (match === i) inFlightCommitted++;
        return;
      }
      acknowledged++;
      // An acknowledged save is found if the row holds it or a later save of the same answer.
      if (match >= i) found++;
    });
    if (match === -2)
      problems.push(
        `${id}: stored ${JSON.stringify(stored ?? null)} is none of this round's saves nor the value before it`,
      );
    else if (list.some((a, i) => a.ack !== null && i > match))
      problems.push(
        `${id}: stored ${JSON.stringify(stored)} but save "${list.findLast((a) => a.ack !== null)!.note}" was acknowledged`,
      );
  }
  const lost = acknowledged - found;
  console.log(
    `round ${n}: killed ${(delay / 1000).toFixed(1)} s after the first acknowledged save; saves acknowledged ${acknowledged}, found ${found}, lost ${lost}; in flight at the kill ${inFlight} (${inFlightCommitted} committed); integrity ${integrity}`,
  );
  if (acknowledged === 0) problems.push("no save was acknowledged before the kill");
  // Writers save back to back, so a kill mid-load finds saves under way; none means it came too late.
  if (inFlight === 0) problems.push("no save was in flight at the kill: the round did not test a crash mid-load");
  for (const p of [...unexpected.map((u) => `unexpected reply: ${u}`), ...problems]) console.log(`  ${p}`);
  return {
    acknowledged,
    found,
    lost,
    integrityOk: integrity === "ok",
    failed: problems.length > 0 || unexpected.length > 0 || integrity !== "ok",
  };
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  dir = mkdtempSync(path.join(tmpdir(), "toolkit-durability-"));
  const file = path.join(dir, "durability.db");
  await seedLarge(file, { partnerships: WRITERS, cycles: 1 });
  const targets = coordinatorTargets(file, WRITERS);
  const actionId = serverActionId("lib/assessment/actions.ts", "saveAnswerAction");
  server = await startServer(file, PORT);
  // Sessions live in the database and the signing secret stays the same, so one sign-in per
  // writer lasts across the restarts.
  const cookies: string[] = [];
  for (const t of targets) cookies.push(await signIn(server.base, t.email, LARGE_PASSWORD));
  console.log(`durability: ${ROUNDS} rounds, ${WRITERS} writers, server on port ${PORT}`);

  const total = { acknowledged: 0, found: 0, lost: 0, integrityOk: true, failed: false };
  for (let n = 1; n <= ROUNDS; n++) {
    const r = await round(n, file, targets, cookies, actionId);
    total.acknowledged += r.acknowledged;
    total.found += r.found;
    total.lost += r.lost;
    total.integrityOk &&= r.integrityOk;
    total.failed ||= r.failed;
  }
  await server.stop();
  server = null;
  console.log(
    `total: saves acknowledged ${total.acknowledged}, found ${total.found}, lost ${total.lost}, integrity ${total.integrityOk ? "ok" : "FAILED"} — ${total.failed ? "FAIL" : "PASS"}`,
  );
  process.exit(total.failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
