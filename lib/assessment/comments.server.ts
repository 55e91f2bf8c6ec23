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
import { decideSave } from "@/lib/assessment/rules";

/**
 * A response's comments by section. A cleared comment keeps its row (an empty body) so that its
 * version keeps counting: a page opened before it was cleared cannot overwrite a later comment as
 * if nothing had happened. Only the comment form asks for those (`withCleared`), for their version.
 */
export function loadSectionComments(
  responseId: number | null,
  { withCleared = false }: { withCleared?: boolean } = {},
): Map<string, SectionComment> {
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
  for (const r of rows) {
    if (!r.body && !withCleared) continue;
    out.set(r.sectionId, {
      body: r.body,
      rowVersion: r.rowVersion,
      carriedOverFrom: r.carriedOverFrom,
      needsConfirmation: r.carriedOverFromCycleId !== null && r.confirmedAt === null,
      updatedByName: r.updatedByName,
      updatedAt: r.updatedAt,
    });
  }
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
  | {
      status: "conflict";
      current: { body: string; rowVersion: number; updatedByName: string | null; updatedAt: string | null };
    };

/**
 * Saves the acting user's comment on a section, by the same rule as an answer (`decideSave`):
 * `baseVersion` is the version their page showed (0 for none); a save based on an older one is
 * refused with the newer text, unless it says the same. Saving a carried-over comment confirms it,
 * changed or not; saving an empty one clears it (the row stays, its version counting on).
 */
export function saveSectionComment(
  actor: Actor,
  input: { assessmentId: number; sectionId: string; body: string; baseVersion: number },
): SaveCommentResult {
  return withEditableResponse(actor, input.assessmentId, (ctx, tx) => {
    const section = ctx.sections.find((s) => s.id === input.sectionId);
    if (!section) throw new ActionError("Page not found", "not-found");
    const where = and(eq(sectionComments.responseId, ctx.responseId), eq(sectionComments.sectionId, section.id));
    const stored = tx
      .select({
        rowVersion: sectionComments.rowVersion,
        value: sectionComments.body,
        updatedByName: users.name,
        updatedAt: sectionComments.updatedAt,
        carriedOverFromCycleId: sectionComments.carriedOverFromCycleId,
        confirmedAt: sectionComments.confirmedAt,
      })
      .from(sectionComments)
      .leftJoin(users, eq(users.id, sectionComments.updatedByUserId))
      .where(where)
      .get();
    const body = input.body.trim();
    const needsConfirmation = !!stored && stored.carriedOverFromCycleId !== null && stored.confirmedAt === null;
    const decision = decideSave(stored ?? null, input.baseVersion, body, needsConfirmation);
    const now = new Date().toISOString();
    switch (decision.kind) {
      case "conflict":
        return {
          status: "conflict" as const,
          current: {
            body: (decision.current.value as string | null) ?? "",
            rowVersion: decision.current.rowVersion,
            updatedByName: decision.current.updatedByName,
            updatedAt: decision.current.updatedAt || null,
          },
        };
      case "unchanged":
        return { status: "saved" as const, rowVersion: stored?.rowVersion ?? 0 };
      case "insert":
        if (!body) return { status: "saved" as const, rowVersion: 0 }; // nothing to keep
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
      case "update":
        tx.update(sectionComments)
          .set({
            body,
            rowVersion: decision.nextVersion,
            confirmedAt: now,
            updatedByUserId: actor.userId,
            updatedAt: now,
          })
          .where(where)
          .run();
        return { status: "saved" as const, rowVersion: decision.nextVersion };
    }
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
    .filter((r) => r.body && sectionIds.includes(r.sectionId));
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
