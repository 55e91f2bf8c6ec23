// Bad input: every server action and route handler gets thousands of malformed or hostile
// requests (wrong types, huge strings, unknown fields, other partnerships' ids, script and SQL
// fragments, malformed bodies, wrong content types), from a seeded generator: a new random seed
// each run, printed, and FUZZ_SEED=<seed> replays a failure. They are sent signed in as a test
// partnership's coordinator, as the demo administrator and the demo Commissioner's office, and
// anonymously, round by round.
//
// Every payload is invalid by construction. For the coordinator it breaks the schema or names
// something outside their own partnership. For the administrator and the Commissioner's office,
// for whom other partnerships' ids are fair targets, it always breaks the schema (an action's
// argument always carries a field no schema has) or, for a route handler, names nothing that
// exists or has parameters its parser refuses. So each must get a clear error, none may get a 500,
// no table may change, and every audit entry written meanwhile must be a refusal. Where
// e2e/access-matrix.ts says the caller may use the action or route, the refusal must be the
// schema's own (`code: "invalid"` with field errors; for a route handler a 4xx that is not "sign
// in"), not "Page not found": so the privileged actions' schemas and the administrator's and the
// national route handlers' parameter parsers see the hostile input too.
import {
  test,
  expect,
  db,
  queryOne,
  createPartnershipWithPeople,
  signedInRequest,
  emailFor,
  DEMO_PARTNERSHIP,
  partnershipIdByName,
} from "./fixtures";
import { SEED, CONCURRENCY, TARGET, setIds, permitted, manifest, type Ids, type Role } from "./fuzz/generate";
import { buildPayloads } from "./fuzz/actions";
import { setUploadTarget } from "./fuzz/uploads";
import { CURRENT_FRAMEWORK_VERSION, getFramework } from "../lib/framework";
import { multipart } from "./fuzz/bodies";
import { tableChecksums, lastAuditId, auditAdded, actionResultOf, send, problemWith } from "./fuzz/checks";

// ---- the test ------------------------------------------------------------------------------------
test("10,000 malformed or hostile requests: no 500, a clear error each time, nothing changed", async ({ baseURL }) => {
  // About 2 minutes on a quiet machine; the margin is for a shared, busy one.
  test.setTimeout(600_000);
  const base = baseURL!;
  const own = await createPartnershipWithPeople("fuzz", 1);
  const other = await createPartnershipWithPeople("fuzz-other", 1);
  const demoId = partnershipIdByName(DEMO_PARTNERSHIP);
  // The coordinator's own self-review this cycle, with a "Yes" to an evidence question, so that the
  // upload payloads reach the file's own checks (e2e/fuzz/uploads.ts); made before the id pools (so that no
  // "absent" id names it) and the tables' baseline.
  const evidenceQuestionId = getFramework()!
    .dimensions.flatMap((d) => d.questions)
    .find((q) => q.type === "yesno_evidence")!.id;
  const setup = db();
  try {
    const assessmentId = Number(
      setup
        .prepare(
          "INSERT INTO assessments (partnership_id, cycle_id, framework_version) SELECT ?, id, ? FROM cycles WHERE status = 'open' ORDER BY opens_on LIMIT 1",
        )
        .run(own.partnershipId, CURRENT_FRAMEWORK_VERSION).lastInsertRowid,
    );
    const responseId = Number(
      setup.prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')").run(assessmentId)
        .lastInsertRowid,
    );
    setup
      .prepare("INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)")
      .run(responseId, evidenceQuestionId, JSON.stringify({ kind: "yesno", answer: "yes" }));
    setUploadTarget({ assessmentId, questionId: evidenceQuestionId });
  } finally {
    setup.close();
  }
  let pools: Ids | undefined;
  const conn = db();
  try {
    const list = (sql: string, ...params: unknown[]) =>
      (conn.prepare(sql).all(...params) as { id: number }[]).map((r) => r.id).slice(0, 20);
    const notOwn = [other.partnershipId, demoId];
    // Well-formed ids past the last of each table's (nothing is created during the fuzz).
    const absent = (table: string) => {
      const max = (conn.prepare(`SELECT coalesce(max(id), 0) m FROM "${table}"`).get() as { m: number }).m;
      return [max + 1, max + 1_000, 999_999_999, 9_999_999_999];
    };
    pools = {
      foreign: {
        partnership: notOwn,
        assessment: list("SELECT id FROM assessments WHERE partnership_id != ?", own.partnershipId),
        action: list("SELECT id FROM actions WHERE partnership_id != ?", own.partnershipId),
        user: [other.coordinator.userId, ...list("SELECT id FROM users WHERE email LIKE '%@demo.test'")],
        cycle: list("SELECT id FROM cycles"),
        assignment: list("SELECT id FROM review_assignments"),
        invitation: list("SELECT id FROM invitations WHERE partnership_id != ?", own.partnershipId),
      },
      absent: {
        partnership: absent("partnerships"),
        assessment: absent("assessments"),
        action: absent("actions"),
        user: absent("users"),
        cycle: absent("cycles"),
        assignment: absent("review_assignments"),
        invitation: absent("invitations"),
      },
    };
  } finally {
    conn.close();
  }
  setIds(pools);
  expect(pools.foreign.assessment!.length, "demo data has assessments in other partnerships").toBeGreaterThan(0);
  for (const role of ["admin", "commissioner"] as const)
    expect(
      queryOne<{ r: string }>("SELECT global_role r FROM users WHERE email = ?", emailFor(role))?.r,
      emailFor(role),
    ).toBe(role);

  // Sign in through next-auth as the browser does; the contexts keep the cookies.
  const contexts = await Promise.all([
    signedInRequest(own.coordinator.email),
    signedInRequest(emailFor("admin")),
    signedInRequest(emailFor("commissioner")),
  ]);
  const [coordinator, admin, commissioner] = await Promise.all(
    contexts.map(async (c) => (await c.storageState()).cookies.map((k) => `${k.name}=${k.value}`).join("; ")),
  );
  const cookies: Record<Role, string | null> = {
    coordinator: coordinator!,
    admin: admin!,
    commissioner: commissioner!,
    anonymous: null,
  };
  for (const role of ["coordinator", "admin", "commissioner"] as const)
    expect(cookies[role], role).toContain("session-token");
  const payloads = buildPayloads(base, own.partnershipId, cookies);
  const auditBefore = lastAuditId();
  const before = tableChecksums(auditBefore);
  const byStatus = new Map<string, number>();
  const msByKind = new Map<string, number>();
  const problems: string[] = [];
  const t0 = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < payloads.length) {
        const p = payloads[next++]!;
        const started = Date.now();
        const { res, body } = await send(p);
        msByKind.set(p.kind, (msByKind.get(p.kind) ?? 0) + Date.now() - started);
        const key = `${p.role.padEnd(12)} ${p.kind}${p.permitted ? " (allowed)" : ""} ${res.status()}`;
        byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
        const problem = problemWith(p, res, body);
        if (problem && problems.length < 40)
          problems.push(
            `${problem}: ${p.role} ${p.kind} ${p.method} ${p.url.slice(0, 160)} ${String(p.body ?? "").slice(0, 200)} -> ${body.slice(0, 200)}`,
          );
      }
    }),
  );
  const seconds = (Date.now() - t0) / 1000;
  const after = tableChecksums(auditBefore);
  const audited = auditAdded(auditBefore);
  for (const c of contexts) await c.dispose();

  console.log(
    `fuzz: ${payloads.length} payloads in ${seconds.toFixed(1)} s (seed ${SEED}: FUZZ_SEED=${SEED} replays it); "(allowed)": the access matrix lets the sender use it`,
  );
  for (const [k, n] of [...byStatus].sort()) console.log(`  ${k.padEnd(52)} ${String(n).padStart(5)}`);
  for (const [k, ms] of [...msByKind].sort()) console.log(`  ${k.padEnd(28)} ${ms} ms in total`);
  console.log(`audit entries written during the fuzz:`);
  for (const a of audited) console.log(`  ${`${a.action} ${a.outcome}`.padEnd(40)} ${String(a.n).padStart(5)}`);
  const unlisted = [
    ...new Set(
      Object.values(manifest())
        .map((e) => `${e.filename}#${e.exportedName}`)
        .filter((r) => permitted("admin", r) === undefined),
    ),
  ];
  if (unlisted.length) console.log(`not in e2e/access-matrix.ts (checked as refused only): ${unlisted.join(", ")}`);

  expect(payloads.length).toBeGreaterThanOrEqual(TARGET);
  // The privileged payloads did reach what those roles may use, actions and route handlers alike.
  for (const role of ["admin", "commissioner", "anonymous"] as const) {
    for (const kind of ["action-args", "route-"])
      expect(
        payloads.filter((p) => p.role === role && p.permitted && p.kind.startsWith(kind)).length,
        `${role} ${kind} payloads the matrix allows`,
      ).toBeGreaterThan(0);
  }
  expect
    .soft(
      [...byStatus.keys()].filter((k) => k.endsWith(" 500")),
      "responses with status 500",
    )
    .toEqual([]);
  expect
    .soft(
      Object.keys(before).filter((t) => before[t] !== after[t]),
      "tables changed by invalid input (the audit log: entries from before the fuzz)",
    )
    .toEqual([]);
  expect
    .soft(
      audited
        .filter((a) => a.outcome !== "denied" && a.outcome !== "failure")
        .map((a) => `${a.action} ${a.outcome} ×${a.n}, e.g. ${a.example.slice(0, 200)}`),
      "audit entries written during the fuzz that are not refusals",
    )
    .toEqual([]);
  expect.soft(problems, "requests without a clear error").toEqual([]);
});

// The proxy reads each action body from a clone; the action must still receive it, for every
// body shape the app's pages send (the fuzz above only shows that bad ones are refused).
test("valid action posts still reach their action after the proxy has read the body", async ({ baseURL }) => {
  const base = baseURL!;
  const entries = Object.entries(manifest());
  const idOf = (name: string) => entries.find(([, v]) => v.exportedName === name)![0];
  const assessments = (partnershipId: number) =>
    queryOne<{ n: number }>("SELECT count(*) n FROM assessments WHERE partnership_id = ?", partnershipId)!;

  // Text body (JSON arguments), as a hydrated form sends.
  const a = await createPartnershipWithPeople("fuzz-text");
  const ctxA = await signedInRequest(a.coordinator.email);
  const text = await ctxA.post(`/partnerships/${a.partnershipId}`, {
    headers: {
      "Next-Action": idOf("startAssessmentAction"),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: base,
    },
    data: JSON.stringify([{ partnershipId: String(a.partnershipId) }]),
  });
  expect(text.status()).toBe(200);
  expect(actionResultOf(await text.text())).toMatchObject({ ok: true });
  expect(assessments(a.partnershipId).n).toBe(1);

  // Multipart body with a Next-Action header (a form action called by the hydrated page).
  const b = await createPartnershipWithPeople("fuzz-multipart");
  const ctxB = await signedInRequest(b.coordinator.email);
  const boundary = "----fuzzvalid1";
  const fetched = await ctxB.post(`/partnerships/${b.partnershipId}`, {
    headers: {
      "Next-Action": idOf("startAssessmentFromForm"),
      "Content-Type": `multipart/form-data; boundary=${boundary}`,
      Accept: "text/x-component",
      Origin: base,
    },
    data: multipart(boundary, [
      ["_1_partnershipId", String(b.partnershipId)],
      ["0", '["$K1"]'],
    ]),
    maxRedirects: 0,
  });
  expect(fetched.status()).toBeLessThan(400);
  expect(fetched.headers()["x-action-redirect"] ?? fetched.headers()["location"]).toMatch(/\/assessments\/\d+/);
  expect(assessments(b.partnershipId).n).toBe(1);

  // No-JavaScript form post: no Next-Action header, the action named by a $ACTION_ID_ field.
  const c = await createPartnershipWithPeople("fuzz-nojs");
  const ctxC = await signedInRequest(c.coordinator.email);
  const plain = await ctxC.post(`/partnerships/${c.partnershipId}`, {
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}`, Origin: base },
    data: multipart(boundary, [
      [`$ACTION_ID_${idOf("startAssessmentFromForm")}`, ""],
      ["partnershipId", String(c.partnershipId)],
    ]),
    maxRedirects: 0,
  });
  expect(plain.status()).toBe(303);
  expect(plain.headers()["location"]).toMatch(/\/assessments\/\d+/);
  expect(assessments(c.partnershipId).n).toBe(1);
  for (const ctx of [ctxA, ctxB, ctxC]) await ctx.dispose();
});
