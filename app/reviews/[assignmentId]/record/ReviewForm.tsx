"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { peerReviewSchema, type PeerReviewFormInput } from "@/lib/peer-review/schemas";
import { savePeerReviewAction } from "@/lib/peer-review/actions";
import { useForm } from "react-hook-form";
import { ErrorSummary, type SummaryError } from "@/components/forms/ErrorSummary";
import { NOT_SENT } from "@/components/forms/useServerForm";

type Dim = {
  id: string;
  name: string;
  selfStage: number;
  selfStageName: string;
  initial: PeerReviewFormInput["dimensions"][string];
};

export function ReviewForm({
  assignmentId,
  dimensions,
  stageNames,
  overallFeedback,
}: {
  assignmentId: string;
  dimensions: Dim[];
  stageNames: string[];
  overallFeedback: string;
}) {
  const router = useRouter();
  const [savedDraft, setSavedDraft] = useState(false);
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
  // A review is saved as far as it goes: only the dimensions the reviewer has started are sent,
  // checked with the same schema as the server, which also says what publishing still needs.
  const submit = (publish: boolean) => async () => {
    setSavedDraft(false);
    const v = form.getValues();
    const payload: PeerReviewFormInput = {
      assignmentId,
      publish,
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
      if (result.data.published) router.refresh();
      else setSavedDraft(true);
    }
  };
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} aria-label="Peer review">
      <ErrorSummary errors={summary} />
      {dimensions.map((d) => {
        const agree = form.watch(`dimensions.${d.id}.agree` as never) as unknown as string | undefined;
        const base = `dimensions.${d.id}`;
        const err = errorOf(`${base}.agree`) ?? errorOf(`${base}.validatedStage`) ?? errorOf(`${base}.reason`);
        return (
          <div key={d.id} className={`govuk-form-group app-result-card${err ? " govuk-form-group--error" : ""}`}>
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{d.name}</legend>
              <p className="govuk-body">
                Self-assessed: stage {d.selfStage} ({d.selfStageName}).
              </p>
              {err && (
                <p className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {err}
                </p>
              )}
              <div className="govuk-radios govuk-radios--small">
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={`field-${base.replace(/\./g, "-")}-agree`}
                    type="radio"
                    value="yes"
                    {...form.register(`${base}.agree` as never)}
                  />
                  <label
                    className="govuk-label govuk-radios__label"
                    htmlFor={`field-${base.replace(/\./g, "-")}-agree`}
                  >
                    Agree with stage {d.selfStage}
                    <span className="govuk-visually-hidden"> for {d.name}</span>
                  </label>
                </div>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={`field-${base.replace(/\./g, "-")}-adjust`}
                    type="radio"
                    value="no"
                    {...form.register(`${base}.agree` as never)}
                  />
                  <label
                    className="govuk-label govuk-radios__label"
                    htmlFor={`field-${base.replace(/\./g, "-")}-adjust`}
                  >
                    Adjust the stage<span className="govuk-visually-hidden"> for {d.name}</span>
                  </label>
                </div>
              </div>
              {agree === "no" && (
                <div className="govuk-radios__conditional">
                  <div className="govuk-form-group">
                    <label className="govuk-label" htmlFor={`field-${base.replace(/\./g, "-")}-validatedStage`}>
                      Validated stage for {d.name}
                    </label>
                    <select
                      className="govuk-select"
                      id={`field-${base.replace(/\./g, "-")}-validatedStage`}
                      {...form.register(`${base}.validatedStage` as never)}
                    >
                      {stageNames.map((n, i) => (
                        <option key={n} value={String(i + 1)}>
                          {i + 1} {n}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="govuk-form-group">
                    <label className="govuk-label" htmlFor={`field-${base.replace(/\./g, "-")}-reason`}>
                      Reason for adjusting {d.name}
                    </label>
                    <textarea
                      className="govuk-textarea"
                      id={`field-${base.replace(/\./g, "-")}-reason`}
                      rows={2}
                      {...form.register(`${base}.reason` as never)}
                    />
                  </div>
                </div>
              )}
              <div className="govuk-form-group govuk-!-margin-top-3 govuk-!-margin-bottom-0">
                <label className="govuk-label" htmlFor={`field-${base.replace(/\./g, "-")}-findings`}>
                  Findings for {d.name} (optional)
                </label>
                <textarea
                  className="govuk-textarea"
                  id={`field-${base.replace(/\./g, "-")}-findings`}
                  rows={2}
                  {...form.register(`${base}.findings` as never)}
                />
              </div>
            </fieldset>
          </div>
        );
      })}
      <div className={`govuk-form-group${errorOf("overallFeedback") ? " govuk-form-group--error" : ""}`}>
        <label className="govuk-label govuk-label--m" htmlFor="field-overallFeedback">
          Overall feedback
        </label>
        {errorOf("overallFeedback") && (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errorOf("overallFeedback")}
          </p>
        )}
        <textarea
          className="govuk-textarea"
          id="field-overallFeedback"
          rows={5}
          {...form.register("overallFeedback")}
        />
      </div>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={submit(false)}>
          Save draft
        </button>
        <button type="button" className="govuk-button" onClick={submit(true)}>
          Publish the review
        </button>
      </div>
      {savedDraft && (
        <p className="govuk-body" role="status">
          Draft saved. The partnership cannot see it until you publish.
        </p>
      )}
    </form>
  );
}
