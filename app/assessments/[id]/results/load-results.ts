// The results page and "what changed" read the same thing, the same way: the assessment's results
// for whoever is asking, or a 404 (audited, as any refused access is) when they may not see them.
import { cache } from "react";
import type { Metadata } from "next";
import { titleOr } from "@/lib/page-title";
import { notFound } from "next/navigation";
import { requireActor, auditDenied } from "@/lib/auth/guard";
import { getResults } from "@/lib/results/data.server";
import { partnershipIdOfAssessment } from "@/lib/assessment/data.server";
import { idParam } from "@/lib/params";

export type Results = NonNullable<ReturnType<typeof getResults>>;

// Once per request: the page's title (generateMetadata) and the page itself read the same results.
const resultsOf = cache(async (assessmentId: number, withChanges: boolean): Promise<Results> => {
  const actor = await requireActor();
  const r = getResults(actor, assessmentId, { withChanges });
  if (!r) {
    await auditDenied(actor, "read:assessment", { partnershipId: partnershipIdOfAssessment(assessmentId) });
    notFound();
  }
  return r;
});

/** `withChanges`: also "what changed since last year" (the changes page). */
export async function loadResults(
  params: Promise<{ id: string }>,
  { withChanges = false }: { withChanges?: boolean } = {},
): Promise<{ assessmentId: number; r: Results }> {
  const assessmentId = idParam((await params).id);
  return { assessmentId, r: await resultsOf(assessmentId, withChanges) };
}

/**
 * The page title of a results page ("Results report: 2025/26 self-review, Nottingham"), from the
 * same results the page reads (once per request); the plain name where they cannot be read.
 */
export function resultsTitle(page: string) {
  return ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> =>
    titleOr(page, async () => {
      const { r } = await loadResults(params);
      return `${page}: ${r.ctx.cycle.label} self-review, ${r.ctx.partnership.name}`;
    });
}
