import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor, auditDenied } from "@/lib/auth/guard";
import { getPeerReview } from "@/lib/peer-review/data.server";
import { visitPack } from "@/lib/peer-review/visit-pack.server";
import { idParam } from "@/lib/params";
import { getFramework } from "@/lib/framework";
import { PageHeading } from "@/components/ui/PageHeading";
import { Panel } from "@/components/ui/Panel";
import { ReviewForm } from "./ReviewForm";

export const metadata: Metadata = { title: "Record the review" };
export const dynamic = "force-dynamic";

export default async function RecordReviewPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const assignmentId = idParam((await params).assignmentId);
  const actor = await requireActor();
  const pack = visitPack(actor, assignmentId);
  const record = getPeerReview(actor, assignmentId);
  if (!pack || !record || !pack.assignment.canRecord || !pack.reviewed) {
    await auditDenied(actor, "read:partnership", {});
    notFound();
  }
  const fw = getFramework()!;
  const saved = new Map(record.dimensions.map((d) => [d.dimensionId, d]));
  const published = record.review?.status === "published";
  return (
    <>
      <PageHeading
        back={{ href: `/peer-reviews/${assignmentId}`, text: "Back to the visit pack" }}
        caption={`${pack.partnership.name} · ${pack.reviewed.cycleLabel} self-assessment`}
      >
        Record the review
      </PageHeading>
      {published ? (
        <Panel title="Review published" headingLevel={2} />
      ) : (
        <ReviewForm
          assignmentId={String(assignmentId)}
          partnershipName={pack.partnership.name}
          dimensions={fw.dimensions.map((d) => {
            const self = pack.scores!.find((s) => s.dimensionId === d.id)!;
            const s = saved.get(d.id);
            return {
              id: d.id,
              name: d.name,
              selfStage: self.stage.index,
              selfStageName: self.stage.name,
              initial: {
                // A draft adjustment may still have the self-assessed stage: its reason says it was one.
                agree: s ? (s.validatedStage === s.selfStage && s.reason === null ? "yes" : "no") : ("" as never),
                validatedStage: String(s?.validatedStage ?? self.stage.index) as never,
                findings: s?.findings ?? "",
                reason: s?.reason ?? "",
              },
            };
          })}
          stageNames={fw.dimensions[0]!.stages.map((s) => s.name)}
          overallFeedback={record.review?.overallFeedback ?? ""}
        />
      )}
    </>
  );
}
