// An answer as a sentence fragment for check-answers pages, conflict messages and exports.
import type { AnswerValue, Level, Question } from "@/lib/framework/types";
import { optionAt } from "@/lib/framework/levels";
import { formatDate } from "@/lib/format";

/** With `level`, options are labelled as a partnership at that level sees them. */
export function describeAnswer(question: Question, value: AnswerValue | null | undefined, level?: Level): string {
  if (!value) return "Not answered";
  const options = "options" in question ? question.options : [];
  const label = (id: string) => {
    const o = options.find((x) => x.id === id);
    return o ? (level ? optionAt(o, level).label : o.label) : id;
  };
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
