import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getPlanAction } from "@/lib/action-plan/data.server";
import { idParam } from "@/lib/params";
import { ActionFormPage } from "../ActionFormPage";

export const metadata: Metadata = { title: "Change an action" };
export const dynamic = "force-dynamic";

export default async function EditActionPage({ params }: { params: Promise<{ id: string; actionId: string }> }) {
  const p = await params;
  const partnershipId = idParam(p.id);
  const actionId = idParam(p.actionId);
  const actor = await requirePermission("update:assessment:own", { partnershipId });
  const a = getPlanAction(actor, partnershipId, actionId);
  if (!a) notFound();
  return <ActionFormPage partnershipId={partnershipId} action={a} />;
}
