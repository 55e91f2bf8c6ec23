import type { NextRequest } from "next/server";
import { requireApiActor } from "@/lib/auth/api";
import { auditDenied, can, requestIp } from "@/lib/auth/guard";
import { exportAuditEntries } from "@/lib/admin/audit-log.server";
import { readAuditFilters } from "@/lib/admin/audit-filters";
import { ActionError } from "@/lib/server-action-result";
import { csvResponse, toCsv } from "@/lib/csv";

export const dynamic = "force-dynamic";

// The audit log's entries matching the page's filters, newest first. Administrators only (404
// for anyone else, and the attempt is audited); the download is audited too.
export async function GET(request: NextRequest) {
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  if (!can(actor, "read:audit")) {
    await auditDenied(actor, "read:audit", {});
    return new Response("Not found", { status: 404 });
  }
  const read = readAuditFilters(Object.fromEntries(request.nextUrl.searchParams));
  if (!read.ok)
    return new Response(`There is a problem with the filters:\n${read.errors.map((e) => e.message).join("\n")}\n`, {
      status: 400,
    });
  let rows;
  try {
    rows = exportAuditEntries(actor, read.filters, await requestIp());
  } catch (e) {
    if (e instanceof ActionError) return new Response(`${e.message}\n`, { status: 400 });
    throw e;
  }
  const header = [
    "at_utc",
    "action",
    "outcome",
    "actor_email",
    "actor_user_id",
    "target_type",
    "target_id",
    "ip",
    "detail",
    "repeat_count",
    "last_at_utc",
  ];
  const body = toCsv(
    header,
    rows.map((r) => [
      r.at,
      r.action,
      r.outcome,
      r.actorEmail,
      r.actorUserId,
      r.targetType,
      r.targetId,
      r.ip,
      r.detail,
      r.repeatCount,
      r.lastAt,
    ]),
  );
  return csvResponse(`audit-log-${new Date().toISOString().slice(0, 10)}.csv`, body);
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
