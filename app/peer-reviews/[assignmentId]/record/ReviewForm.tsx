"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { peerReviewSchema, type PeerReviewFormInput } from "@/lib/peer-review/schemas";
import { savePeerReviewAction } from "@/lib/peer-review/actions";
import { useForm, type Path } from "react-hook-form";
import { ErrorSummary, fieldId, type SummaryError } from "@/components/ui/ErrorSummary";
import { ChoiceItems } from "@/components/ui/Choices";
import { ErrorMessage, FormGroup } from "@/components/ui/Field";
import { Select } from "@/components/ui/Select";
import { Textarea } from "@/components/ui/Textarea";
import { NOT_SENT } from "@/components/forms/useServerForm";
import { WarningText } from "@/components/ui/WarningText";

type Dim = {
  id: string;
  name: string;
  selfStage: number;
  selfStageName: string;
  initial: PeerReviewFormInput["dimensions"][string];
};

export function ReviewForm({
  assignmentId,
  partnershipName,
  dimensions,
  stageNames,
  overallFeedback,
}: {
  assignmentId: string;
  partnershipName: string;
  dimensions: Dim[];
  stageNames: string[];
  overallFeedback: string;
}) {
  const router = useRouter();
  const [savedDraft, setSavedDraft] = useState(false);
  // Publishing cannot be undone: the first press asks, the second ("Yes, publish") sends.
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const initial: PeerReviewFormInput = {
    assignmentId,
    publish: false,
    overallFeedback,
    dimensions: Object.fromEntries(dimensions.map((d) => [d.id, d.initial])),
  };
  const form = useForm<PeerReviewFormInput>({ defaultValues: initial });
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const errorOf = (path: string) => errors[path];
  /** A field of the form; the dimensions' fields show their one error for the whole dimension. */
  const field = (name: Path<PeerReviewFormInput>, withError = true) => ({
    name,
    error: withError ? errorOf(name) : undefined,
    registration: form.register(name),
  });
  // A review is saved as far as it goes: only the dimensions the reviewer has started are sent,
  // checked with the same schema as the server, which also says what publishing still needs.
  const submit = (publish: boolean) => async () => {
    setSavedDraft(false);
    setConfirming(false);
    const v = form.getValues();
    const payload: PeerReviewFormInput = {
      assignmentId,
      publish,
      confirmPublish: publish,
      overallFeedback: v.overallFeedback ?? "",
      dimensions: Object.fromEntries(
        dimensions
          .map((d) => [d.id, v.dimensions?.[d.id]] as const)
          .filter(([, x]) => x && x.agree)
          .map(([id, x]) => [
            id,
            {
              agree: x!.agree,
              validatedStage: x!.validatedStage ?? "1",
              findings: x!.findings ?? "",
              reason: x!.reason ?? "",
            },
          ]),
      ),
    };
    const parsed = peerReviewSchema.safeParse(payload);
    let result: Awaited<ReturnType<typeof savePeerReviewAction>> | null = null;
    try {
      result = parsed.success ? await savePeerReviewAction(payload) : null;
    } catch {
      // The request failed: everything stays on the page to send again.
      setErrors({ _form: NOT_SENT });
      setSummary([{ field: "_form", message: NOT_SENT }]);
      return;
    }
    const fieldErrors: Record<string, string[]> = parsed.success
      ? result && !result.ok
        ? (result.fieldErrors ?? { _form: [result.message] })
        : {}
      : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), [i.message]]));
    const flat = Object.fromEntries(Object.entries(fieldErrors).map(([k, m]) => [k, m[0]!]));
    setErrors(flat);
    setSummary(
      Object.entries(flat).map(([field, message]) => ({
        field: field === "_form" ? "_form" : field.replace(/\.(agree|validatedStage|reason)$/, (m) => m),
        message,
      })),
    );
    if (result?.ok) {
      // Back to the assignment list, which says (from the saved record) that it was published.
      if (result.data.published) router.push(`/?published=${assignmentId}`);
      else setSavedDraft(true);
    }
  };
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} aria-label="Peer review">
      <ErrorSummary errors={summary} />
      {dimensions.map((d) => {
        const agree = form.watch(`dimensions.${d.id}.agree`);
        const base = `dimensions.${d.id}` as const;
        const err = errorOf(`${base}.agree`) ?? errorOf(`${base}.validatedStage`) ?? errorOf(`${base}.reason`);
        // The dimension's one error is shown for the whole fieldset, not beside each field.
        const bind = (part: "agree" | "validatedStage" | "reason" | "findings") => field(`${base}.${part}`, false);
        const forDimension = <span className="govuk-visually-hidden"> for {d.name}</span>;
        return (
          <FormGroup key={d.id} error={err} className="app-result-card">
            <fieldset className="govuk-fieldset" aria-describedby={err ? `${fieldId(base)}-error` : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{d.name}</legend>
              <p className="govuk-body">
                Self-assessed: stage {d.selfStage} ({d.selfStageName}).
              </p>
              <ErrorMessage id={`${fieldId(base)}-error`}>{err}</ErrorMessage>
              <ChoiceItems
                kind="radios"
                small
                id={fieldId(`${base}.agree`)}
                options={[
                  {
                    value: "yes",
                    label: (
                      <>
                        Agree with stage {d.selfStage}
                        {forDimension}
                      </>
                    ),
                  },
                  { value: "no", label: <>Adjust the stage{forDimension}</> },
                ]}
                {...bind("agree")}
              />
              {agree === "no" && (
                <div className="govuk-radios__conditional">
                  <Select
                    label={`Validated stage for ${d.name}`}
                    options={stageNames.map((n, i) => ({ value: i + 1, label: `${i + 1} ${n}` }))}
                    {...bind("validatedStage")}
                  />
                  <Textarea label={`Reason for adjusting ${d.name}`} rows={2} {...bind("reason")} />
                </div>
              )}
              <Textarea
                label={`Findings for ${d.name} (optional)`}
                rows={2}
                groupClassName="govuk-!-margin-top-3 govuk-!-margin-bottom-0"
                {...bind("findings")}
              />
            </fieldset>
          </FormGroup>
        );
      })}
      <Textarea label="Overall feedback" labelSize="m" {...field("overallFeedback")} />
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={submit(false)}>
          Save draft
        </button>
        <button
          type="button"
          className="govuk-button"
          aria-expanded={confirming}
          aria-controls="confirm-publish"
          onClick={() => setConfirming(true)}
        >
          Publish the review
        </button>
      </div>
      <div id="confirm-publish" ref={confirmRef} tabIndex={-1} hidden={!confirming}>
        {confirming && (
          <>
            <WarningText>
              Once published, {partnershipName} sees the validated stages and your feedback, and the review can no
              longer be changed.
            </WarningText>
            <div className="govuk-button-group">
              <button type="button" className="govuk-button govuk-button--warning" onClick={submit(true)}>
                Yes, publish the review
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => setConfirming(false)}
              >
                Not yet: keep editing
              </button>
            </div>
          </>
        )}
      </div>
      {savedDraft && (
        <p className="govuk-body" role="status">
          Draft saved. The partnership cannot see it until you publish.
        </p>
      )}
    </form>
  );
}
