import "server-only";
// Loads an assessment for a page as the acting user sees it, or answers 404 (audited). Reads only:
// a GET page never writes (a member's response row is created by their first save).
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireActor, auditDenied } from "@/lib/auth/guard";
import { getAssessmentContext, loadAnswers, progressOf, partnershipIdOfAssessment } from "@/lib/assessment/data.server";
import { idParam } from "@/lib/params";

// Once per request: a page's title (generateMetadata) and the page itself read the same.
export const loadAssessmentPage = cache(async (idText: string) => {
  const assessmentId = idParam(idText);
  const actor = await requireActor();
  const ctx = getAssessmentContext(actor, assessmentId);
  if (!ctx) {
    await auditDenied(actor, "read:assessment", { partnershipId: partnershipIdOfAssessment(assessmentId) });
    notFound();
  }
  const records = loadAnswers(ctx.responseId);
  const progress = progressOf(ctx, records);
  return { actor, ctx, records, progress };
});
