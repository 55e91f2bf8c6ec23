import "server-only";
// A comment per section ("Anything else we should know about …?"), kept with the answers of one
// response: the coordinator's is the partnership's (the consolidated response), a member's is
// theirs. Saved with optimistic concurrency like an answer; rolled into next year's self-review
// like an answer, as last year's until confirmed (by saving it, changed or not) or edited.
import { and, eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { cycles, sectionComments, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { withEditableResponse } from "@/lib/assessment/answers.server";
import { consolidatedResponseId } from "@/lib/assessment/data.server";
import type { AssessmentContext, SectionComment } from "@/lib/assessment/types";

export function loadSectionComments(responseId: number | null): Map<string, SectionComment> {
  const out = new Map<string, SectionComment>();
  if (!responseId) return out;
  const rows = getDb()
    .select({
      sectionId: sectionComments.sectionId,
      body: sectionComments.body,
      rowVersion: sectionComments.rowVersion,
      carriedOverFrom: cycles.label,
      carriedOverFromCycleId: sectionComments.carriedOverFromCycleId,
      confirmedAt: sectionComments.confirmedAt,
      updatedByName: users.name,
      updatedAt: sectionComments.updatedAt,
    })
    .from(sectionComments)
    .leftJoin(cycles, eq(cycles.id, sectionComments.carriedOverFromCycleId))
    .leftJoin(users, eq(users.id, sectionComments.updatedByUserId))
    .where(eq(sectionComments.responseId, responseId))
    .all();
  for (const r of rows)
    out.set(r.sectionId, {
      body: r.body,
      rowVersion: r.rowVersion,
      carriedOverFrom: r.carriedOverFrom,
      needsConfirmation: r.carriedOverFromCycleId !== null && r.confirmedAt === null,
      updatedByName: r.updatedByName,
      updatedAt: r.updatedAt,
    });
  return out;
}

/**
 * The partnership's own comments (the consolidated response's), for its results and the visit
 * pack: from a context the acting user was already allowed (getAssessmentContext checks).
 */
export function partnershipSectionComments(ctx: Pick<AssessmentContext, "assessment">): Map<string, SectionComment> {
  return loadSectionComments(consolidatedResponseId(ctx.assessment.id));
}

export type SaveCommentResult =
  | { status: "saved"; rowVersion: number }
  | { status: "conflict"; current: { body: string; rowVersion: number; updatedByName: string | null } };

/**
 * Saves the acting user's comment on a section. `baseVersion` is the version their page showed
 * (0 for none); a save based on an older one is refused with the newer text. Saving a carried-over
 * comment confirms it, changed or not; saving an empty one removes it.
 */
export function saveSectionComment(
  actor: Actor,
  input: { assessmentId: number; sectionId: string; body: string; baseVersion: number },
): SaveCommentResult {
  return withEditableResponse(actor, input.assessmentId, (ctx, tx) => {
    const section = ctx.sections.find((s) => s.id === input.sectionId);
    if (!section) throw new ActionError("Page not found", "not-found");
    const stored = tx
      .select({
        rowVersion: sectionComments.rowVersion,
        body: sectionComments.body,
        updatedByName: users.name,
      })
      .from(sectionComments)
      .leftJoin(users, eq(users.id, sectionComments.updatedByUserId))
      .where(and(eq(sectionComments.responseId, ctx.responseId), eq(sectionComments.sectionId, section.id)))
      .get();
    if ((stored?.rowVersion ?? 0) !== input.baseVersion) {
      return {
        status: "conflict" as const,
        current: {
          body: stored?.body ?? "",
          rowVersion: stored?.rowVersion ?? 0,
          updatedByName: stored?.updatedByName ?? null,
        },
      };
    }
    const body = input.body.trim();
    const now = new Date().toISOString();
    const where = and(eq(sectionComments.responseId, ctx.responseId), eq(sectionComments.sectionId, section.id));
    if (!body) {
      if (stored) tx.delete(sectionComments).where(where).run();
      return { status: "saved" as const, rowVersion: 0 };
    }
    if (!stored) {
      tx.insert(sectionComments)
        .values({
          responseId: ctx.responseId,
          sectionId: section.id,
          body,
          updatedByUserId: actor.userId,
          updatedAt: now,
        })
        .run();
      return { status: "saved" as const, rowVersion: 1 };
    }
    const rowVersion = stored.rowVersion + 1;
    tx.update(sectionComments)
      .set({ body, rowVersion, confirmedAt: now, updatedByUserId: actor.userId, updatedAt: now })
      .where(where)
      .run();
    return { status: "saved" as const, rowVersion };
  });
}

/**
 * Rolls last year's comments of the partnership into this year's, as answers roll: each marked as
 * carried over until confirmed or edited, for the sections this year's framework still has.
 */
export function carryOverSectionComments(
  tx: Transaction,
  from: { responseId: number; cycleId: number },
  toResponseId: number,
  sectionIds: readonly string[],
  actorUserId: number,
): number {
  const rows = tx
    .select({ sectionId: sectionComments.sectionId, body: sectionComments.body })
    .from(sectionComments)
    .where(eq(sectionComments.responseId, from.responseId))
    .all()
    .filter((r) => sectionIds.includes(r.sectionId));
  for (const r of rows)
    tx.insert(sectionComments)
      .values({
        responseId: toResponseId,
        sectionId: r.sectionId,
        body: r.body,
        carriedOverFromCycleId: from.cycleId,
        updatedByUserId: actorUserId,
      })
      .run();
  return rows.length;
}
