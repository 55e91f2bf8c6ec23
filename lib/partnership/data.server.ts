import "server-only";
// Partnerships, scoped by the acting user: each function checks the permission itself and
// returns plain objects. Creating and changing them (administrators): lib/admin/partnerships.server.ts.
import { asc, eq, inArray } from "drizzle-orm";
import { getDb, preparedOnce, type Transaction } from "@/db/client";
import { forceAreas, memberships, partnershipForceAreas, partnerships, users } from "@/db/schema";
import type { PartnershipRole } from "@/lib/domain/enums";
import { can, partnershipRelation } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { PartnershipSummary } from "@/lib/partnership/types";

function forceAreaNamesByPartnership(ids: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!ids.length) return out;
  const rows = getDb()
    .select({ partnershipId: partnershipForceAreas.partnershipId, name: forceAreas.name })
    .from(partnershipForceAreas)
    .innerJoin(forceAreas, eq(forceAreas.id, partnershipForceAreas.forceAreaId))
    .where(inArray(partnershipForceAreas.partnershipId, ids))
    .orderBy(asc(forceAreas.name))
    .all();
  for (const r of rows) out.set(r.partnershipId, [...(out.get(r.partnershipId) ?? []), r.name]);
  return out;
}

/** The partnerships this user may see: all for admin and commissioner, otherwise their own. */
export function listPartnershipsFor(actor: Actor): PartnershipSummary[] {
  const db = getDb();
  const all = can(actor, "list:partnerships:all");
  const ownIds = [
    ...new Set([
      ...actor.memberships.map((m) => m.partnershipId),
      ...actor.reviewAssignments.map((a) => a.partnershipId),
    ]),
  ];
  if (!all && !ownIds.length) return [];
  const rows = db
    .select({ id: partnerships.id, name: partnerships.name, level: partnerships.level, nation: partnerships.nation })
    .from(partnerships)
    .where(all ? undefined : inArray(partnerships.id, ownIds))
    .orderBy(asc(partnerships.name))
    .all();
  const areas = forceAreaNamesByPartnership(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, forceAreas: areas.get(r.id) ?? [], relation: partnershipRelation(actor, r.id) }));
}

export type PartnershipDetail = PartnershipSummary & {
  yearEstablished: number | null;
  parent: { id: number; name: string } | null;
  forceAreaIds: string[];
  children: { id: number; name: string }[];
  members: { userId: number; name: string; email: string; role: PartnershipRole; organisation: string | null }[] | null;
};

/** A partnership's id and name, for a page whose caller's permission is already checked. */
export function partnershipHeading(partnershipId: number): { id: number; name: string } | undefined {
  return getDb()
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
}

export function getPartnershipFor(actor: Actor, partnershipId: number): PartnershipDetail | null {
  if (!can(actor, "read:partnership", { partnershipId })) return null;
  const db = getDb();
  const p = db.select().from(partnerships).where(eq(partnerships.id, partnershipId)).get();
  if (!p) return null;
  const parent = p.parentId ? (partnershipHeading(p.parentId) ?? null) : null;
  const children = db
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.parentId, partnershipId))
    .orderBy(asc(partnerships.name))
    .all();
  const areaRows = db
    .select({ id: forceAreas.id, name: forceAreas.name })
    .from(partnershipForceAreas)
    .innerJoin(forceAreas, eq(forceAreas.id, partnershipForceAreas.forceAreaId))
    .where(eq(partnershipForceAreas.partnershipId, partnershipId))
    .orderBy(asc(forceAreas.name))
    .all();
  const members = can(actor, "read:partnership-members", { partnershipId })
    ? db
        .select({
          userId: users.id,
          name: users.name,
          email: users.email,
          role: memberships.role,
          organisation: memberships.organisation,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.partnershipId, partnershipId))
        .orderBy(asc(memberships.role), asc(users.name))
        .all()
    : null;
  return {
    id: p.id,
    name: p.name,
    level: p.level,
    nation: p.nation,
    yearEstablished: p.yearEstablished,
    parent,
    children,
    forceAreas: areaRows.map((a) => a.name),
    forceAreaIds: areaRows.map((a) => a.id),
    relation: partnershipRelation(actor, p.id),
    members,
  };
}

const forceAreasByName = preparedOnce((db) => db.select().from(forceAreas).orderBy(asc(forceAreas.name)).prepare());

export function listForceAreas() {
  return forceAreasByName().all();
}

/**
 * Sets a partnership's force areas to exactly these (each once), inside the caller's write
 * transaction: the administrator's form and a profile answer that updates the record both write
 * them this one way.
 */
export function replaceForceAreas(tx: Transaction, partnershipId: number, forceAreaIds: Iterable<string>): void {
  tx.delete(partnershipForceAreas).where(eq(partnershipForceAreas.partnershipId, partnershipId)).run();
  for (const forceAreaId of new Set(forceAreaIds))
    tx.insert(partnershipForceAreas).values({ partnershipId, forceAreaId }).run();
}
