"use client";
import { useRouter } from "next/navigation";
import { sectionCompleteSchema } from "@/lib/assessment/schemas";
import { setSectionCompleteAction } from "@/lib/assessment/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { Radios } from "@/components/ui/Choices";

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
  const sf = useServerForm(
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
    <ServerForm of={sf} submit="Continue">
      <input type="hidden" {...sf.form.register("assessmentId")} />
      <input type="hidden" {...sf.form.register("sectionId")} />
      <Radios
        label="Have you completed this section?"
        hint={hint || undefined}
        options={[
          { value: "yes", label: "Yes, I’ve completed this section" },
          { value: "no", label: "No, I’ll come back to it later" },
        ]}
        {...sf.field("complete")}
      />
    </ServerForm>
  );
}
