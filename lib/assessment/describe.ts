// An answer as a sentence fragment for check-answers pages, conflict messages and exports.
import type { AnswerValue, Question } from "@/lib/framework/types";
import { formatDate } from "@/lib/format";

export function describeAnswer(question: Question, value: AnswerValue | null | undefined): string {
  if (!value) return "Not answered";
  const options = "options" in question ? question.options : [];
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  switch (value.kind) {
    case "dont_know":
      return "Don’t know";
    case "not_applicable":
      return "Not applicable";
    case "choice":
      return label(value.option);
    case "choices":
      return value.options.map(label).join("; ");
    case "yesno": {
      if (value.answer === "no") return "No";
      const e = value.evidence;
      const parts = [e?.title, e?.date ? `dated ${formatDate(e.date)}` : undefined, e?.link, e?.note].filter(Boolean);
      return parts.length ? `Yes — ${parts.join(", ")}` : "Yes";
    }
    case "number":
      return `${value.value.toLocaleString("en-GB")}${question.type === "number" && question.unit ? ` ${question.unit}` : ""}`;
    case "text":
      return value.value;
  }
}
