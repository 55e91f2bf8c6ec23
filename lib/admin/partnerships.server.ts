import "server-only";
// Creating and changing partnerships (administrators only), each change audited.
import { and, asc, eq, ne } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { forceAreas, partnerships } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import type { Nation, PartnershipLevel } from "@/lib/domain/enums";
import type { PartnershipInput } from "@/lib/admin/schemas";
import { recordAudit } from "@/lib/audit/record.server";
import { bumpGeneration } from "@/lib/cache/generations.server";
import { replaceForceAreas } from "@/lib/partnership/data.server";

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
    replaceForceAreas(tx, row.id, input.forceAreaIds);
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
    replaceForceAreas(tx, id, input.forceAreaIds);
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
