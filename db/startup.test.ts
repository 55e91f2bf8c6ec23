import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startUp } from "./startup";
import { openDatabase } from "./connection";
import { DEMO_ACCOUNTS, cycleLabelFor, seedDemoIfEmpty } from "./seed/demo";
import { FORCE_AREAS } from "../lib/domain/force-areas";
import { verifyPassword } from "../lib/auth/password";

let dir: string;
before(() => {
  dir = mkdtempSync(path.join(tmpdir(), "toolkit-db-test-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("start-up on a fresh database", () => {
  test("applies every migration, sets the pragmas and seeds the demo data once", async () => {
    const file = path.join(dir, "fresh.db");
    const { db, migrations, seeded } = await startUp({ demo: true, file });
    // Every migration committed in db/migrations (the journal drizzle-kit writes lists them).
    const journal = JSON.parse(
      readFileSync(path.join(process.cwd(), "db", "migrations", "meta", "_journal.json"), "utf8"),
    ) as { entries: unknown[] };
    assert.ok(journal.entries.length >= 8);
    assert.equal(migrations, journal.entries.length);
    assert.equal(seeded, true);
    assert.equal(db.$client.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(db.$client.pragma("synchronous", { simple: true }), 2); // FULL
    assert.equal(db.$client.pragma("foreign_keys", { simple: true }), 1);
    assert.equal(db.$client.pragma("busy_timeout", { simple: true }), 5000);

    const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
    assert.equal(count("SELECT count(*) n FROM partnerships"), 42);
    assert.equal(count("SELECT count(*) n FROM partnerships WHERE level = 'local'"), 9);
    assert.equal(count("SELECT count(*) n FROM partnerships WHERE level = 'sub_regional'"), 25);
    assert.equal(count("SELECT count(*) n FROM partnerships WHERE level = 'regional'"), 3);
    assert.equal(count("SELECT count(*) n FROM partnerships WHERE level = 'national'"), 3);
    assert.equal(count("SELECT count(*) n FROM partnerships WHERE level = 'other'"), 2);
    assert.equal(count("SELECT count(*) n FROM force_areas"), 45);
    assert.equal(
      count(
        "SELECT count(*) n FROM partnerships p WHERE NOT EXISTS (SELECT 1 FROM partnership_force_areas f WHERE f.partnership_id = p.id)",
      ),
      0,
    );
    assert.equal(count("SELECT count(*) n FROM users"), DEMO_ACCOUNTS.length);
    // Three years of submitted history for three demo partnerships, with an action plan, and
    // generated demo self-reviews for most of the others (db/seed/national.ts).
    assert.equal(count("SELECT count(*) n FROM assessments WHERE status = 'submitted'"), 9 + 20 + 27 + 33);
    // At least 30 submitted in the last closed cycle (issue 20), a few of them peer-reviewed.
    assert.ok(
      count(
        "SELECT count(*) n FROM assessments a JOIN cycles c ON c.id = a.cycle_id WHERE a.status = 'submitted' AND c.id = (SELECT id FROM cycles WHERE status = 'closed' ORDER BY opens_on DESC LIMIT 1)",
      ) >= 30,
    );
    assert.ok(count("SELECT count(*) n FROM peer_reviews WHERE status = 'published'") >= 3);
    // The current cycle is left to the demo's users.
    assert.equal(
      count("SELECT count(*) n FROM assessments a JOIN cycles c ON c.id = a.cycle_id WHERE c.status = 'open'"),
      0,
    );
    assert.equal(count("SELECT count(*) n FROM cycles WHERE status = 'closed'"), 3);
    assert.equal(count("SELECT count(*) n FROM cycles WHERE status = 'open'"), 1);
    assert.ok(count("SELECT count(*) n FROM actions WHERE status IN ('not_started', 'in_progress')") > 0);

    const coordinator = db.$client
      .prepare(
        "SELECT u.password_hash h, p.name FROM users u JOIN memberships m ON m.user_id = u.id JOIN partnerships p ON p.id = m.partnership_id WHERE u.email = 'coordinator@demo.test' AND m.role = 'coordinator'",
      )
      .get() as { h: string; name: string };
    assert.equal(coordinator.name, "Nottingham and Nottinghamshire Modern Slavery Partnership");
    assert.equal(await verifyPassword("demo-password-2026", coordinator.h), true);

    // Every submitted profile of the demo partnership says what its record says (issue 19, part A).
    const notts = db.$client
      .prepare(
        "SELECT p.id, p.level, p.nation, p.year_established y, (SELECT group_concat(force_area_id) FROM partnership_force_areas WHERE partnership_id = p.id) areas FROM partnerships p WHERE p.name = ?",
      )
      .get(coordinator.name) as { id: number; level: string; nation: string; y: number; areas: string };
    assert.deepEqual(notts, {
      id: notts.id,
      level: "sub_regional",
      nation: "england",
      y: 2016,
      areas: "nottinghamshire",
    });
    const profiles = db.$client
      .prepare(
        "SELECT a.question_id q, a.value v FROM answers a JOIN responses r ON r.id = a.response_id JOIN assessments s ON s.id = r.assessment_id WHERE s.partnership_id = ? AND a.question_id IN ('profile.level', 'profile.nation', 'profile.force_areas', 'profile.established_year')",
      )
      .all(notts.id) as { q: string; v: string }[];
    assert.ok(profiles.length >= 12);
    const expected: Record<string, unknown> = {
      "profile.level": { kind: "choice", option: "sub_regional" },
      "profile.nation": { kind: "choice", option: "england" },
      "profile.force_areas": { kind: "choices", options: ["nottinghamshire"] },
      "profile.established_year": { kind: "number", value: 2016 },
    };
    for (const p of profiles) assert.deepEqual(JSON.parse(p.v), expected[p.q], p.q);
    db.$client.close();

    // A second start neither re-applies migrations nor seeds again.
    const again = await startUp({ demo: true, file });
    assert.equal(again.migrations, journal.entries.length);
    assert.equal(again.seeded, false);
    assert.equal((again.db.$client.prepare("SELECT count(*) n FROM partnerships").get() as { n: number }).n, 42);
    again.db.$client.close();
  });

  test("never seeds into a database that already has data", async () => {
    const file = path.join(dir, "existing.db");
    const { db } = await startUp({ demo: false, file });
    db.$client
      .prepare("INSERT INTO partnerships (name, level, nation) VALUES ('Our own partnership', 'local', 'england')")
      .run();
    assert.equal(await seedDemoIfEmpty(db), false);
    assert.equal((db.$client.prepare("SELECT count(*) n FROM partnerships").get() as { n: number }).n, 1);
    assert.equal((db.$client.prepare("SELECT count(*) n FROM users").get() as { n: number }).n, 0);
    db.$client.close();
  });

  test("without demo mode nothing is seeded, but the force areas are loaded", async () => {
    const { db, seeded } = await startUp({ demo: false, file: path.join(dir, "prod.db") });
    assert.equal(seeded, false);
    assert.equal((db.$client.prepare("SELECT count(*) n FROM users").get() as { n: number }).n, 0);
    assert.equal(
      (db.$client.prepare("SELECT count(*) n FROM force_areas").get() as { n: number }).n,
      FORCE_AREAS.length,
    );
    db.$client.close();
  });
});

describe("integrity rules in the database", () => {
  test("the audit log refuses updates and deletes", async () => {
    const { db } = await startUp({ demo: false, file: path.join(dir, "audit.db") });
    db.$client
      .prepare("INSERT INTO audit_log (at, action, outcome) VALUES ('2026-01-01T00:00:00Z', 'test', 'success')")
      .run();
    assert.throws(() => db.$client.prepare("UPDATE audit_log SET outcome = 'failure'").run(), /append-only/);
    assert.throws(() => db.$client.prepare("DELETE FROM audit_log").run(), /append-only/);
    assert.equal((db.$client.prepare("SELECT count(*) n FROM audit_log").get() as { n: number }).n, 1);
    db.$client.close();
  });

  test("foreign keys are enforced on every connection", async () => {
    const file = path.join(dir, "fk.db");
    (await startUp({ demo: false, file })).db.$client.close();
    const db = openDatabase(file);
    assert.throws(
      () =>
        db.$client.prepare("INSERT INTO memberships (user_id, partnership_id, role) VALUES (999, 999, 'member')").run(),
      /FOREIGN KEY/,
    );
    db.$client.close();
  });

  test("a partnership has at most one consolidated response per assessment", async () => {
    const { db } = await startUp({ demo: true, file: path.join(dir, "responses.db") });
    const cycle = db.$client.prepare("SELECT id FROM cycles WHERE status = 'open'").get() as { id: number };
    const id = db.$client
      .prepare("INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (1, ?, '2026.1')")
      .run(cycle.id).lastInsertRowid;
    db.$client.prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')").run(id);
    assert.throws(
      () => db.$client.prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')").run(id),
      /UNIQUE/,
    );
    db.$client.close();
  });
});

test("cycle labels follow the April–March year", () => {
  assert.deepEqual(cycleLabelFor(new Date("2026-11-22T12:00:00Z")), {
    label: "2026/27",
    opensOn: "2026-04-01",
    closesOn: "2027-03-31",
  });
  assert.deepEqual(cycleLabelFor(new Date("2027-02-01T12:00:00Z")), {
    label: "2026/27",
    opensOn: "2026-04-01",
    closesOn: "2027-03-31",
  });
  assert.deepEqual(cycleLabelFor(new Date("2099-04-01T00:00:00Z")).label, "2099/00");
});
