import { nationalApiActor } from "@/lib/national/api";
import { submissionTracker } from "@/lib/national/data.server";
import { recordExport } from "@/lib/audit/record.server";
import { csvResponse, toCsv } from "@/lib/csv";
import { isNotSubmitted, TRACKER_CSV_HEADER, trackerCsvRow } from "@/lib/national/rules";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ cycle: string }> }) {
  const auth = await nationalApiActor((await params).cycle);
  if (auth instanceof Response) return auth;
  const t = submissionTracker(auth.actor, auth.cycleId);
  if (!t) return new Response("Not found", { status: 404 });
  recordExport(auth.actor, "export.not-submitted", "cycle", auth.cycleId);
  const rows = t.rows.filter(isNotSubmitted).map((r) => trackerCsvRow(t.cycle.label, r, t.sections, t.daysToDeadline));
  return csvResponse(`not-submitted-${t.cycle.label}.csv`, toCsv(TRACKER_CSV_HEADER, rows));
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
