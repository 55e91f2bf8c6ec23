"use client";
import { useRouter } from "next/navigation";
import { sectionCompleteSchema } from "@/lib/assessment/schemas";
import { setSectionCompleteAction } from "@/lib/assessment/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceField } from "@/components/forms/fields";

export function CompleteSectionForm(props: {
  assessmentId: string;
  sectionId: string;
  completed: boolean;
  remaining: number;
  unconfirmed: number;
  needNewAnswer: number;
  taskListHref: string;
}) {
  const router = useRouter();
  const { form, onSubmit, summary, errorOf } = useServerForm(
    sectionCompleteSchema,
    {
      assessmentId: props.assessmentId,
      sectionId: props.sectionId,
      complete: props.completed ? "yes" : (undefined as unknown as "yes"),
    },
    setSectionCompleteAction,
    () => router.push(props.taskListHref),
  );
  const hint = [
    props.remaining ? `${props.remaining} question${props.remaining === 1 ? " is" : "s are"} not answered yet.` : null,
    props.unconfirmed
      ? `${props.unconfirmed} answer${props.unconfirmed === 1 ? " was" : "s were"} carried over from last year and ${props.unconfirmed === 1 ? "needs" : "need"} confirming.`
      : null,
    props.needNewAnswer
      ? `${props.needNewAnswer} answer${props.needNewAnswer === 1 ? " is" : "s are"} not offered at the partnership’s level and ${props.needNewAnswer === 1 ? "needs" : "need"} a new answer.`
      : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" {...form.register("assessmentId")} />
      <input type="hidden" {...form.register("sectionId")} />
      <ChoiceField
        name="complete"
        label="Have you completed this section?"
        hint={hint || undefined}
        options={[
          { value: "yes", label: "Yes, I’ve completed this section" },
          { value: "no", label: "No, I’ll come back to it later" },
        ]}
        error={errorOf("complete")}
        registration={form.register("complete")}
      />
      <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>
        Continue
      </button>
    </form>
  );
}
