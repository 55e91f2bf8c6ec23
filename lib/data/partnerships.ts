import "server-only";
// Partnerships, scoped by the acting user: each function checks the permission itself and
// returns plain objects.
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { getDb, preparedOnce, writeTransaction } from "@/db/client";
import { forceAreas, memberships, partnershipForceAreas, partnerships, users } from "@/db/schema";
import type { Nation, PartnershipLevel, PartnershipRole } from "@/lib/domain/enums";
import { can, partnershipRelation, type PartnershipRelation } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/action-result";
import type { PartnershipInput } from "@/lib/admin/schemas";
import { recordAudit } from "@/lib/data/audit";
import { bumpGeneration } from "@/lib/data/generations";

export type PartnershipSummary = {
  id: number;
  name: string;
  level: PartnershipLevel;
  nation: Nation;
  forceAreas: string[];
  relation: PartnershipRelation | null;
};

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

export function getPartnershipFor(actor: Actor, partnershipId: number): PartnershipDetail | null {
  if (!can(actor, "read:partnership", { partnershipId })) return null;
  const db = getDb();
  const p = db.select().from(partnerships).where(eq(partnerships.id, partnershipId)).get();
  if (!p) return null;
  const parent = p.parentId
    ? (db
        .select({ id: partnerships.id, name: partnerships.name })
        .from(partnerships)
        .where(eq(partnerships.id, p.parentId))
        .get() ?? null)
    : null;
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

function assertAdmin(actor: Actor) {
  if (!can(actor, "manage:partnerships")) throw new ActionError("Page not found", "not-found");
}

function validateReferences(input: PartnershipInput, selfId?: number) {
  const db = getDb();
  const known = new Set(
    db
      .select({ id: forceAreas.id })
      .from(forceAreas)
      .all()
      .map((f) => f.id),
  );
  const unknown = input.forceAreaIds.filter((id) => !known.has(id));
  if (unknown.length)
    throw new ActionError("There is a problem", "invalid", {
      forceAreaIds: ["Select police force areas from the list"],
    });
  if (input.parentId) {
    const parentId = Number(input.parentId);
    if (parentId === selfId)
      throw new ActionError("There is a problem", "invalid", { parentId: ["A partnership cannot be its own parent"] });
    const parent = db
      .select({ id: partnerships.id, parentId: partnerships.parentId })
      .from(partnerships)
      .where(eq(partnerships.id, parentId))
      .get();
    if (!parent)
      throw new ActionError("There is a problem", "invalid", {
        parentId: ["Select a parent partnership from the list"],
      });
    // Walk up from the parent: a partnership cannot sit below one of its own descendants.
    let cursor: number | null = parent.parentId;
    for (let i = 0; cursor !== null && i < 100; i++) {
      if (cursor === selfId)
        throw new ActionError("There is a problem", "invalid", {
          parentId: ["That partnership already sits below this one"],
        });
      cursor =
        db.select({ parentId: partnerships.parentId }).from(partnerships).where(eq(partnerships.id, cursor)).get()
          ?.parentId ?? null;
    }
  }
  const clash = db
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(
      selfId ? and(eq(partnerships.name, input.name), ne(partnerships.id, selfId)) : eq(partnerships.name, input.name),
    )
    .get();
  if (clash)
    throw new ActionError("There is a problem", "invalid", { name: ["A partnership with this name already exists"] });
}

function values(input: PartnershipInput) {
  return {
    name: input.name,
    level: input.level as PartnershipLevel,
    nation: input.nation as Nation,
    parentId: input.parentId ? Number(input.parentId) : null,
    yearEstablished: input.yearEstablished ? Number(input.yearEstablished) : null,
  };
}

export function createPartnership(actor: Actor, input: PartnershipInput): { id: number } {
  assertAdmin(actor);
  validateReferences(input);
  const id = writeTransaction((tx) => {
    const row = tx.insert(partnerships).values(values(input)).returning({ id: partnerships.id }).get();
    for (const forceAreaId of new Set(input.forceAreaIds))
      tx.insert(partnershipForceAreas).values({ partnershipId: row.id, forceAreaId }).run();
    bumpGeneration("national");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "partnership.create",
      targetType: "partnership",
      targetId: row.id,
      outcome: "success",
    });
    return row.id;
  });
  return { id };
}

export function updatePartnership(actor: Actor, id: number, input: PartnershipInput): { id: number } {
  assertAdmin(actor);
  const db = getDb();
  if (!db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.id, id)).get())
    throw new ActionError("Page not found", "not-found");
  validateReferences(input, id);
  writeTransaction((tx) => {
    tx.update(partnerships)
      .set({ ...values(input), updatedAt: new Date().toISOString() })
      .where(eq(partnerships.id, id))
      .run();
    tx.delete(partnershipForceAreas).where(eq(partnershipForceAreas.partnershipId, id)).run();
    for (const forceAreaId of new Set(input.forceAreaIds))
      tx.insert(partnershipForceAreas).values({ partnershipId: id, forceAreaId }).run();
    bumpGeneration("national");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "partnership.update",
      targetType: "partnership",
      targetId: id,
      outcome: "success",
    });
  });
  return { id };
}

/** For the parent-partnership picker (admin only). */
export function listPartnershipOptions(actor: Actor): { id: number; name: string }[] {
  assertAdmin(actor);
  return getDb()
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .orderBy(asc(partnerships.name))
    .all();
}
