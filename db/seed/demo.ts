// Demo data for a fresh install: the 42 partnerships of the report's Appendix 1, the current
// annual cycle, and one account per role (README "Demo accounts"). Seeds only an empty database.
import { sql } from "drizzle-orm";
import type { Db } from "../connection";
import { cycles, memberships, partnershipForceAreas, partnerships, reviewAssignments, users } from "../schema";
import { APPENDIX_1 } from "./appendix1";
import { hashPassword } from "../../lib/auth/password";
import { getFramework } from "../../lib/framework";
import { seedHistory } from "./history";
import { planDemoNational, seedDemoNational } from "./national";

export const DEMO_PASSWORD = "demo-password-2026";
const DEMO_PARTNERSHIP_NAME = "Nottingham and Nottinghamshire Modern Slavery Partnership";
export const DEMO_PARTNERSHIP = DEMO_PARTNERSHIP_NAME;

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.test", name: "Alex Admin", globalRole: "admin" },
  { email: "commissioner@demo.test", name: "Chris Commissioner", globalRole: "commissioner" },
  { email: "reviewer@demo.test", name: "Robin Reviewer", globalRole: "reviewer" },
  { email: "coordinator@demo.test", name: "Casey Coordinator", globalRole: null },
  { email: "member@demo.test", name: "Morgan Member", globalRole: null },
  // Two more members of the demo partnership, so that its history shows members' spread.
  { email: "member2@demo.test", name: "Riley Member", globalRole: null },
  { email: "member3@demo.test", name: "Taylor Member", globalRole: null },
  // The peer reviewer of the generated demo reviews of past cycles (db/seed/national.ts), so that
  // reviewer@demo.test keeps the one current assignment the demo describes.
  { email: "peer.reviewer@demo.test", name: "Jordan Reviewer", globalRole: "reviewer" },
] as const;

/** Demo partnerships with three years of submitted history (README "Demo data"). */
export const HISTORY_PARTNERSHIPS: Record<string, number[]> = {
  [DEMO_PARTNERSHIP_NAME]: [0.25, 0.4, 0.55],
  "West Yorkshire Anti Trafficking and Modern Slavery network (encompasses anti-slavery networks in Leeds, Kirklees, Calderdale, Bradford, and Wakefield)":
    [0.45, 0.55, 0.7],
  "Wolverhampton Anti-Slavery Partnership": [0.15, 0.3, 0.35],
};

/**
 * The year a demo partnership was set up, where the report says: Nottingham and Nottinghamshire
 * "was established in late 2016" and West Yorkshire's network "was established in 2014" (IASC 2017,
 * their case studies). The others' records leave it blank.
 */
const YEAR_SET_UP: Record<string, number> = {
  [DEMO_PARTNERSHIP_NAME]: 2016,
  "West Yorkshire Anti Trafficking and Modern Slavery network (encompasses anti-slavery networks in Leeds, Kirklees, Calderdale, Bradford, and Wakefield)": 2014,
};
// Their profiles answer as the record says, "Don't know" where it is blank (db/seed/history.ts and
// db/seed/national.ts both start the profile from the record).
const yearSetUp = (name: string): number | null => YEAR_SET_UP[name] ?? null;

export function isDatabaseEmpty(db: Db): boolean {
  const row = db.$client
    .prepare("SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM partnerships) AS n")
    .get() as { n: number };
  return row.n === 0;
}

/** Current UK financial-year style cycle label for a date, e.g. 2026-11-22 → "2026/27". */
export function cycleLabelFor(date: Date): { label: string; opensOn: string; closesOn: string } {
  const y = date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  return { label: `${y}/${String((y + 1) % 100).padStart(2, "0")}`, opensOn: `${y}-04-01`, closesOn: `${y + 1}-03-31` };
}

export async function seedDemoIfEmpty(db: Db, today: Date = new Date()): Promise<boolean> {
  if (!isDatabaseEmpty(db)) return false;
  // One scrypt hash (N=2^17) per account costs a few hundred ms of every demo start; the last
  // account, which only signs the generated past reviews, shares the reviewer's (same public password).
  const own = await Promise.all(DEMO_ACCOUNTS.slice(0, -1).map(() => hashPassword(DEMO_PASSWORD)));
  const hashes = [...own, own[2]!];
  db.transaction(
    (tx) => {
      // Re-check inside the transaction: two processes starting at once must not both seed.
      const n = tx.get<{ n: number }>(sql`SELECT count(*) AS n FROM users`);
      if (n && n.n > 0) return;
      const ids: Record<string, number> = {};
      DEMO_ACCOUNTS.forEach((a, i) => {
        const row = tx
          .insert(users)
          .values({ email: a.email, name: a.name, globalRole: a.globalRole, passwordHash: hashes[i]! })
          .returning({ id: users.id })
          .get();
        ids[a.email] = row.id;
      });
      let demoPartnershipId = 0;
      const partnershipIds: Record<string, number> = {};
      for (const p of APPENDIX_1) {
        const row = tx
          .insert(partnerships)
          .values({ name: p.name, level: p.level, nation: p.nation, yearEstablished: yearSetUp(p.name) })
          .returning({ id: partnerships.id })
          .get();
        if (p.name === DEMO_PARTNERSHIP) demoPartnershipId = row.id;
        partnershipIds[p.name] = row.id;
        for (const forceAreaId of p.forceAreas) {
          tx.insert(partnershipForceAreas).values({ partnershipId: row.id, forceAreaId }).run();
        }
      }
      // Three closed past cycles, then this year's open one.
      const past = [3, 2, 1].map((back) => {
        const pc = cycleLabelFor(new Date(Date.UTC(today.getUTCFullYear() - back, today.getUTCMonth(), 15)));
        const id = tx
          .insert(cycles)
          .values({ label: pc.label, opensOn: pc.opensOn, closesOn: pc.closesOn, status: "closed" })
          .returning({ id: cycles.id })
          .get().id;
        return { id, label: pc.label, opensOn: pc.opensOn, closesOn: pc.closesOn };
      });
      const c = cycleLabelFor(today);
      const cycle = tx
        .insert(cycles)
        .values({ label: c.label, opensOn: c.opensOn, closesOn: c.closesOn, status: "open" })
        .returning({ id: cycles.id })
        .get();
      tx.insert(memberships)
        .values([
          {
            userId: ids["coordinator@demo.test"]!,
            partnershipId: demoPartnershipId,
            role: "coordinator",
            organisation: "Nottinghamshire Police",
          },
          {
            userId: ids["member@demo.test"]!,
            partnershipId: demoPartnershipId,
            role: "member",
            organisation: "Nottingham City Council",
          },
          {
            userId: ids["member2@demo.test"]!,
            partnershipId: demoPartnershipId,
            role: "member",
            organisation: "Nottinghamshire County Council",
          },
          {
            userId: ids["member3@demo.test"]!,
            partnershipId: demoPartnershipId,
            role: "member",
            organisation: "Nottingham CVS",
          },
        ])
        .run();
      // The past years were submitted under framework 2026.1, and keep those recorded scores; at
      // start-up they are also re-scored under the current version (db/framework-move.ts).
      const fw = getFramework("2026.1")!;
      for (const [name, maturity] of Object.entries(HISTORY_PARTNERSHIPS)) {
        const partnershipId = partnershipIds[name]!;
        const p = APPENDIX_1.find((x) => x.name === name)!;
        seedHistory(db.$client, fw, past, {
          partnershipId,
          record: {
            level: p.level,
            nation: p.nation,
            forceAreaIds: p.forceAreas,
            yearEstablished: yearSetUp(name),
          },
          maturity,
          coordinatorUserId: ids["coordinator@demo.test"]!,
          memberUserIds:
            partnershipId === demoPartnershipId
              ? [ids["member@demo.test"]!, ids["member2@demo.test"]!, ids["member3@demo.test"]!]
              : [],
          staleEvidence: partnershipId === demoPartnershipId,
        });
      }
      // Demo self-reviews for the other partnerships, so that the national picture is not empty:
      // generated under the current framework, so that start-up need not re-score them.
      const current = getFramework()!;
      const others = APPENDIX_1.filter((p) => !(p.name in HISTORY_PARTNERSHIPS)).map((p) => ({
        ...p,
        id: partnershipIds[p.name]!,
        yearEstablished: yearSetUp(p.name),
      }));
      seedDemoNational(db.$client, current, planDemoNational(current, others, past), {
        reviewerUserId: ids["peer.reviewer@demo.test"]!,
        assignedByUserId: ids["admin@demo.test"]!,
      });
      tx.insert(reviewAssignments)
        .values({
          reviewerUserId: ids["reviewer@demo.test"]!,
          partnershipId: demoPartnershipId,
          cycleId: cycle.id,
          assignedByUserId: ids["admin@demo.test"]!,
        })
        .run();
    },
    { behavior: "immediate" },
  );
  return true;
}
