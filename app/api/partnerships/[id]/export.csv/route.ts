import { exportForRequest } from "@/lib/results/export.server";
import { csvResponse, toCsv } from "@/lib/csv";

export const dynamic = "force-dynamic";

// One row per record (answer, dimension score, or action), every cycle: a long table that a
// spreadsheet can filter by the "record" column.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await exportForRequest((await params).id);
  if (data instanceof Response) return data;
  const header = [
    "partnership",
    "cycle",
    "assessment_status",
    "framework_version",
    "record",
    "dimension_id",
    "question_id",
    "value",
    "score",
    "stage",
    "action_title",
    "action_owner",
    "action_due",
    "action_status",
  ];
  const rows: unknown[][] = [];
  for (const c of data.cycles) {
    const common = [data.partnership.name, c.cycle, c.assessment.status, c.assessment.frameworkVersion];
    for (const d of c.dimensions)
      rows.push([...common, "dimension", d.dimensionId, "", "", d.score, d.stage, "", "", "", ""]);
    for (const a of c.answers) rows.push([...common, "answer", "", a.questionId, a.value, "", "", "", "", "", ""]);
    for (const a of c.actions)
      rows.push([
        ...common,
        "action",
        a.dimensionId,
        "",
        "",
        "",
        "",
        a.title,
        [a.ownerPerson, a.ownerOrganisation].filter(Boolean).join(", "),
        a.dueOn ?? "",
        a.status,
      ]);
  }
  return csvResponse(`partnership-${data.partnership.id}.csv`, toCsv(header, rows));
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
