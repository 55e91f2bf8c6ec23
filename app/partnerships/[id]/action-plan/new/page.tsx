import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { idParam } from "@/lib/params";
import { ActionFormPage } from "../ActionFormPage";

export const metadata: Metadata = { title: "Add an action" };
export const dynamic = "force-dynamic";

export default async function NewActionPage({ params }: { params: Promise<{ id: string }> }) {
  const partnershipId = idParam((await params).id);
  await requirePermission("update:assessment:own", { partnershipId });
  return <ActionFormPage partnershipId={partnershipId} />;
}
