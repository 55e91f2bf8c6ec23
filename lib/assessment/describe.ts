// An answer as a sentence fragment for check-answers pages, conflict messages and exports.
import type { AnswerValue, Level, NumberQuestion, Question } from "@/lib/framework/types";
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
      return question.type === "number" ? describeNumber(question, value.value) : String(value.value);
    case "text":
      return value.value;
  }
}

/**
 * A number as people write it: a year as "2016" (not "2,016"); any other quantity with thousands
 * separators and at most one decimal place ("12.5 hours a week"), then its unit.
 */
const quantity = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }); // made once: ~40 µs each otherwise

export function describeNumber(question: NumberQuestion, value: number): string {
  const isYear = question.integer && !question.unit && question.min >= 1000 && question.max <= 9999;
  if (isYear) return String(value);
  const n = quantity.format(value);
  return question.unit ? `${n} ${question.unit}` : n;
}
