"use client";
// The section's comment box: "Save comment" keeps the page; "Save and come back later" saves and
// goes back to the task list. A comment someone else saved since the page opened is not
// overwritten unseen: theirs and yours are shown side by side, as for answers, actions and targets
// (ConflictPanel), and the user keeps theirs or saves their own over it.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { SECTION_COMMENT_MAX, sectionCommentSchema } from "@/lib/assessment/schemas";
import { saveSectionCommentAction } from "@/lib/assessment/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { Textarea } from "@/components/ui/Textarea";
import { Tag } from "@/components/ui/Tag";
import { ConflictPanel } from "@/components/forms/ConflictPanel";

type Theirs = { body: string; rowVersion: number; updatedByName: string | null; updatedAt: string | null };

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
  const [theirs, setTheirs] = useState<Theirs | null>(null);
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
      // Nothing is saved: the user chooses between theirs and theirs replaced by yours.
      if (result.status === "conflict") return setTheirs(result.current);
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
      {theirs && (
        <ConflictPanel
          what="Your comment"
          noun="comment"
          updatedByName={theirs.updatedByName}
          updatedAt={theirs.updatedAt}
          rows={[{ label: "Comment", theirs: theirs.body, yours: sf.form.getValues("comment") ?? "" }]}
          keepMineLabel="Save my comment"
          useTheirsLabel="Use their comment"
          testId="comment-conflict"
          onKeepMine={() => {
            // Their version becomes the base: saving over it is now the user's deliberate choice.
            sf.form.setValue("baseVersion", String(theirs.rowVersion));
            setTheirs(null);
            void sf.onSubmit();
          }}
          onUseTheirs={() => {
            sf.form.setValue("baseVersion", String(theirs.rowVersion));
            sf.form.setValue("comment", theirs.body);
            setTheirs(null);
            setStatus("Their comment is in the box. It is already saved.");
          }}
        />
      )}
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
    </ServerForm>
  );
}
