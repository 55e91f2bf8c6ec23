"use client";
// The section's comment box: "Save comment" keeps the page; "Save and come back later" saves and
// goes back to the task list. A comment someone else saved since the page opened is not
// overwritten unseen: theirs is shown, yours stays in the box, and saving again replaces theirs.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { SECTION_COMMENT_MAX, sectionCommentSchema } from "@/lib/assessment/schemas";
import { saveSectionCommentAction } from "@/lib/assessment/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { Textarea } from "@/components/ui/Textarea";
import { Tag } from "@/components/ui/Tag";

export function SectionCommentForm(props: {
  assessmentId: string;
  sectionId: string;
  sectionTitle: string;
  comment: { body: string; rowVersion: number; carriedOverFrom: string | null; needsConfirmation: boolean } | null;
  forPartnership: boolean;
  taskListHref: string;
}) {
  const router = useRouter();
  const intent = useRef<"stay" | "later">("stay");
  const [status, setStatus] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<{ body: string; name: string | null } | null>(null);
  const [carried, setCarried] = useState(props.comment?.needsConfirmation ? props.comment.carriedOverFrom : null);
  const sf = useServerForm(
    sectionCommentSchema,
    {
      assessmentId: props.assessmentId,
      sectionId: props.sectionId,
      comment: props.comment?.body ?? "",
      baseVersion: String(props.comment?.rowVersion ?? 0),
    },
    saveSectionCommentAction,
    (result, form) => {
      if (result.status === "conflict") {
        // Their version becomes the base: saving again is a deliberate choice to replace it.
        form.setValue("baseVersion", String(result.current.rowVersion));
        setTheirs({ body: result.current.body, name: result.current.updatedByName });
        form.setError("comment", {
          type: "server",
          message:
            "Someone else saved a comment on this section since you opened the page. Theirs is shown below the box; save again to replace it with yours",
        });
        return;
      }
      form.setValue("baseVersion", String(result.rowVersion));
      setTheirs(null);
      setCarried(null);
      setStatus("Your comment has been saved.");
      if (intent.current === "later") router.push(props.taskListHref);
      else router.refresh();
    },
  );
  const length = (sf.form.watch("comment") ?? "").length;
  return (
    <ServerForm
      of={sf}
      submit="Save comment"
      secondary
      label={`Comment on ${props.sectionTitle}`}
      beforeSubmit={() => {
        intent.current = "stay";
        setStatus(null);
      }}
      comeBackLater={() => {
        intent.current = "later";
        setStatus(null);
      }}
      after={
        <p className="govuk-body" role="status" data-testid="comment-status">
          {status}
        </p>
      }
    >
      <input type="hidden" {...sf.form.register("assessmentId")} />
      <input type="hidden" {...sf.form.register("sectionId")} />
      <input type="hidden" {...sf.form.register("baseVersion")} />
      {carried && (
        <p className="govuk-body">
          <Tag colour="yellow" testId="comment-carried-over">
            Carried over from {carried} — save to confirm or change it
          </Tag>
        </p>
      )}
      <Textarea
        label={`Anything else we should know about ${props.sectionTitle}?`}
        labelSize="m"
        hint={
          props.forPartnership
            ? "Optional. This is the partnership’s comment: it is shown with the results and in the peer reviewer’s visit pack, and carried into next year’s self-review."
            : "Optional. This is your organisation’s comment, kept with your response."
        }
        count={{ length, max: SECTION_COMMENT_MAX }}
        {...sf.field("comment")}
      />
      {theirs && (
        <div className="govuk-inset-text" data-testid="comment-theirs">
          <p className="govuk-body govuk-!-font-weight-bold">Saved by {theirs.name ?? "someone else"}:</p>
          <p className="govuk-body app-pre-wrap app-break-anywhere">{theirs.body || "(no comment)"}</p>
        </div>
      )}
    </ServerForm>
  );
}
