// Demo data for a fresh install: the 42 partnerships of the report's Appendix 1, the current
// annual cycle, and one account per role (README "Demo accounts"). Seeds only an empty database.
import { eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { cycles, memberships, partnershipForceAreas, partnerships, reviewAssignments, users } from "../schema";
import { APPENDIX_1 } from "./appendix1";
import { hashPassword } from "../../lib/auth/password";

export const DEMO_PASSWORD = "demo-password-2026";
export const DEMO_PARTNERSHIP = "Nottingham and Nottinghamshire Modern Slavery Partnership";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.test", name: "Alex Admin", globalRole: "admin" },
  { email: "commissioner@demo.test", name: "Chris Commissioner", globalRole: "commissioner" },
  { email: "reviewer@demo.test", name: "Robin Reviewer", globalRole: "reviewer" },
  { email: "coordinator@demo.test", name: "Casey Coordinator", globalRole: null },
  { email: "member@demo.test", name: "Morgan Member", globalRole: null },
] as const;

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
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  db.transaction((tx) => {
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
    for (const p of APPENDIX_1) {
      const row = tx
        .insert(partnerships)
        .values({ name: p.name, level: p.level, nation: p.nation })
        .returning({ id: partnerships.id })
        .get();
      if (p.name === DEMO_PARTNERSHIP) demoPartnershipId = row.id;
      for (const forceAreaId of p.forceAreas) {
        tx.insert(partnershipForceAreas).values({ partnershipId: row.id, forceAreaId }).run();
      }
    }
    const c = cycleLabelFor(today);
    const cycle = tx
      .insert(cycles)
      .values({ label: c.label, opensOn: c.opensOn, closesOn: c.closesOn, status: "open" })
      .returning({ id: cycles.id })
      .get();
    tx.insert(memberships)
      .values([
        { userId: ids["coordinator@demo.test"]!, partnershipId: demoPartnershipId, role: "coordinator", organisation: "Nottinghamshire Police" },
        { userId: ids["member@demo.test"]!, partnershipId: demoPartnershipId, role: "member", organisation: "Nottingham City Council" },
      ])
      .run();
    tx.insert(reviewAssignments)
      .values({ reviewerUserId: ids["reviewer@demo.test"]!, partnershipId: demoPartnershipId, cycleId: cycle.id, assignedByUserId: ids["admin@demo.test"]! })
      .run();
  });
  return true;
}

export function demoPartnershipId(db: Db): number | undefined {
  return db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.name, DEMO_PARTNERSHIP)).get()?.id;
}
