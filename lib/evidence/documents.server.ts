import "server-only";
// Evidence documents: uploading one beside an evidence item (the acting user's own response, while
// they may still change it), reading the list, downloading (whoever may read those answers, every
// download audited) and removing. The file is written before its row is committed and removed
// only after a row stops naming it, so that a row never names a missing file.
import { and, asc, eq } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { evidenceDocuments, responses, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, recordSuccess } from "@/lib/audit/record.server";
import { answerValues, getAssessmentContext } from "@/lib/assessment/data.server";
import { getQuestion } from "@/lib/framework";
import { config } from "@/lib/config";
import { deleteDocument, readDocument, storeDocument } from "@/lib/evidence/storage";
import { classifyUpload, fileNameProblem, type UploadError } from "@/lib/evidence/rules";

export type StoredDocument = {
  id: number;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedBy: string | null;
};

export const maxDocumentBytes = () => config().DOCUMENT_MAX_MB * 1024 * 1024;

/** The evidence item as its page shows it, or null (404) if the actor may not see the self-review. */
export type EvidenceItem = NonNullable<ReturnType<typeof evidenceItem>>;

export function evidenceItem(actor: Actor, assessmentId: number, questionId: string) {
  const ctx = getAssessmentContext(actor, assessmentId);
  if (!ctx) return null;
  const question = getQuestion(ctx.framework, questionId);
  if (!question || question.type !== "yesno_evidence") return null;
  const section = ctx.sections.find((s) => s.topics.some((t) => t.questionIds.includes(questionId)));
  const topic = section?.topics.find((t) => t.questionIds.includes(questionId));
  const answer = answerValues(ctx.responseId)[questionId];
  const document = ctx.responseId ? documentOf(ctx.responseId, questionId) : null;
  return {
    ctx,
    question,
    backHref:
      section && topic ? `/assessments/${assessmentId}/${section.id}/${topic.id}` : `/assessments/${assessmentId}`,
    answeredYes: answer?.kind === "yesno" && answer.answer === "yes",
    evidenceDate: answer?.kind === "yesno" ? (answer.evidence?.date ?? null) : null,
    document,
    canUpload: ctx.canEdit,
  };
}

function documentOf(responseId: number, questionId: string): StoredDocument | null {
  return (
    getDb()
      .select({
        id: evidenceDocuments.id,
        fileName: evidenceDocuments.fileName,
        contentType: evidenceDocuments.contentType,
        sizeBytes: evidenceDocuments.sizeBytes,
        sha256: evidenceDocuments.sha256,
        uploadedAt: evidenceDocuments.uploadedAt,
        uploadedBy: users.name,
      })
      .from(evidenceDocuments)
      .leftJoin(users, eq(users.id, evidenceDocuments.uploadedByUserId))
      .where(and(eq(evidenceDocuments.responseId, responseId), eq(evidenceDocuments.questionId, questionId)))
      .get() ?? null
  );
}

/**
 * Stores an upload as the evidence item's document (replacing any earlier one). Returns the
 * refusal instead when the file or the item will not do; nothing is then changed.
 */
export function uploadDocument(
  actor: Actor,
  item: EvidenceItem,
  file: { name: string; bytes: Uint8Array },
): { ok: true } | { ok: false; error: UploadError } {
  const assessmentId = item.ctx.assessment.id;
  const questionId = item.question.id;
  if (!item.canUpload || !item.ctx.responseId)
    return { ok: false, error: item.canUpload ? "answer-first" : "not-evidence" };
  if (!item.answeredYes) return { ok: false, error: "answer-first" };
  if (fileNameProblem(file.name)) return { ok: false, error: "name" };
  if (file.bytes.length === 0) return { ok: false, error: "empty" };
  if (file.bytes.length > maxDocumentBytes()) return { ok: false, error: "too-large" };
  const kind = classifyUpload(file.name, file.bytes);
  if (kind === "wrong-type") return { ok: false, error: "wrong-type" };
  const responseId = item.ctx.responseId;
  const { storedName, sha256 } = storeDocument(file.bytes);
  let replaced: string | null = null;
  try {
    writeTransaction((tx) => {
      // Under the write lock: the self-review may have been submitted a moment ago.
      const current = getAssessmentContext(actor, assessmentId);
      if (!current?.canEdit || current.responseId !== responseId) throw new UploadRefused("not-evidence");
      const old = tx
        .delete(evidenceDocuments)
        .where(and(eq(evidenceDocuments.responseId, responseId), eq(evidenceDocuments.questionId, questionId)))
        .returning({ storedName: evidenceDocuments.storedName })
        .get();
      const row = tx
        .insert(evidenceDocuments)
        .values({
          assessmentId,
          responseId,
          questionId,
          fileName: file.name,
          storedName,
          contentType: kind.type,
          sizeBytes: file.bytes.length,
          sha256,
          uploadedByUserId: actor.userId,
          uploadedAt: new Date().toISOString(),
        })
        .returning({ id: evidenceDocuments.id })
        .get();
      recordSuccess(actor, "document.upload", "assessment", assessmentId, {
        documentId: row.id,
        questionId,
        fileName: file.name,
        sizeBytes: file.bytes.length,
        sha256,
        replaced: Boolean(old),
      });
      replaced = old?.storedName ?? null;
    });
  } catch (error) {
    deleteDocument(storedName);
    if (error instanceof UploadRefused) return { ok: false, error: error.reason };
    throw error;
  }
  if (replaced) deleteDocument(replaced);
  return { ok: true };
}

class UploadRefused extends Error {
  constructor(readonly reason: UploadError) {
    super(reason);
  }
}

/** Removes the evidence item's document (the acting user's own response, while editable). */
export function removeDocument(actor: Actor, assessmentId: number, questionId: string): boolean {
  const item = evidenceItem(actor, assessmentId, questionId);
  if (!item || !item.canUpload || !item.ctx.responseId || !item.document) return false;
  const responseId = item.ctx.responseId;
  const removed = writeTransaction((tx) => {
    const row = tx
      .delete(evidenceDocuments)
      .where(and(eq(evidenceDocuments.responseId, responseId), eq(evidenceDocuments.questionId, questionId)))
      .returning({ id: evidenceDocuments.id, storedName: evidenceDocuments.storedName })
      .get();
    if (row) recordSuccess(actor, "document.remove", "assessment", assessmentId, { documentId: row.id, questionId });
    return row ?? null;
  });
  if (removed) deleteDocument(removed.storedName);
  return Boolean(removed);
}

/**
 * The evidence item's document and its bytes for download, if the actor may read the answers it
 * belongs to: exactly the response the self-review's pages show them (a member their own, everyone
 * else who may read it the partnership's). Every download is audited, and so is a refusal.
 */
export function documentForDownload(actor: Actor, assessmentId: number, questionId: string) {
  const ctx = getAssessmentContext(actor, assessmentId);
  const row = ctx?.responseId
    ? getDb()
        .select({
          id: evidenceDocuments.id,
          fileName: evidenceDocuments.fileName,
          storedName: evidenceDocuments.storedName,
          contentType: evidenceDocuments.contentType,
          sha256: evidenceDocuments.sha256,
        })
        .from(evidenceDocuments)
        .where(and(eq(evidenceDocuments.responseId, ctx.responseId), eq(evidenceDocuments.questionId, questionId)))
        .get()
    : undefined;
  if (!ctx || !row) {
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "document.download",
      targetType: "assessment",
      targetId: assessmentId,
      outcome: ctx ? "failure" : "denied",
      detail: { questionId, reason: ctx ? "no-document" : "no-access" },
    });
    return null;
  }
  const bytes = readDocument(row.storedName);
  recordSuccess(actor, "document.download", "assessment", assessmentId, {
    documentId: row.id,
    questionId,
    fileName: row.fileName,
    sha256: row.sha256,
  });
  return { fileName: row.fileName, contentType: row.contentType, bytes };
}

/** The consolidated response's documents, for the visit pack. */
export function documentsOfAssessment(assessmentId: number): (StoredDocument & { questionId: string })[] {
  return getDb()
    .select({
      id: evidenceDocuments.id,
      questionId: evidenceDocuments.questionId,
      fileName: evidenceDocuments.fileName,
      contentType: evidenceDocuments.contentType,
      sizeBytes: evidenceDocuments.sizeBytes,
      sha256: evidenceDocuments.sha256,
      uploadedAt: evidenceDocuments.uploadedAt,
      uploadedBy: users.name,
    })
    .from(evidenceDocuments)
    .innerJoin(responses, eq(responses.id, evidenceDocuments.responseId))
    .leftJoin(users, eq(users.id, evidenceDocuments.uploadedByUserId))
    .where(and(eq(evidenceDocuments.assessmentId, assessmentId), eq(responses.kind, "consolidated")))
    .orderBy(asc(evidenceDocuments.id))
    .all();
}
