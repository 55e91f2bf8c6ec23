import type { SectionStatus } from "@/lib/assessment/rules";

const TAGS: Record<SectionStatus, { text: string; className: string }> = {
  not_started: { text: "Not yet started", className: "govuk-tag govuk-tag--blue" },
  in_progress: { text: "In progress", className: "govuk-tag govuk-tag--light-blue" },
  completed: { text: "Completed", className: "" },
};

export function SectionStatusTag({ status, id }: { status: SectionStatus; id?: string }) {
  const t = TAGS[status];
  return t.className ? (
    <strong id={id} className={t.className}>
      {t.text}
    </strong>
  ) : (
    <span id={id}>{t.text}</span>
  );
}
