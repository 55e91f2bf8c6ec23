"use client";
// The inputs for one question, by its type: radios (one choice, or yes / no with evidence),
// checkboxes (several choices), or a number or text box; each with "Don't know" and "Not
// applicable" where the question allows them. GOV.UK markup; the values live in react-hook-form.
import type {
  Level,
  MultiQuestion,
  NumberQuestion,
  Question,
  SingleQuestion,
  TextQuestion,
  YesNoQuestion,
} from "@/lib/framework/types";
import { optionsAt } from "@/lib/framework/levels";
import { DONT_KNOW, NOT_APPLICABLE, fieldKey } from "@/lib/assessment/answer-form";
import { fieldId } from "@/components/forms/ErrorSummary";
import { CharacterCount } from "@/components/forms/CharacterCount";
import { EvidenceFields } from "./EvidenceFields";
import type { AnswerForm } from "./useAnswerAutosave";

type Item = { value: string; label: string; hint?: string };

export type ControlProps = {
  form: AnswerForm;
  level: Level;
  /** The question's error message is shown: the box is marked too. */
  invalid: boolean;
  describedBy: string | undefined;
  cycleOpensOn: string;
};

function specialsOf(q: Question): Item[] {
  return [
    ...(q.allowDontKnow ? [{ value: DONT_KNOW, label: "Don’t know" }] : []),
    ...(q.allowNotApplicable ? [{ value: NOT_APPLICABLE, label: "Not applicable to our partnership" }] : []),
  ];
}

/** GOV.UK's ids: the first item takes the field's own id, so that error links land on it. */
const itemId = (id: string, i: number) => (i === 0 ? id : `${id}-${i}`);

function ItemHint({ item, id, kind }: { item: Item; id: string; kind: "radios" | "checkboxes" }) {
  if (!item.hint) return null;
  return (
    <div id={`${id}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
      {item.hint}
    </div>
  );
}

export function AnswerControl({ question: q, ...props }: ControlProps & { question: Question }) {
  switch (q.type) {
    case "single":
    case "yesno_evidence":
      return <ChoiceControl question={q} {...props} />;
    case "multi":
      return <MultiChoiceControl question={q} {...props} />;
    case "number":
    case "text":
      return <TextControl question={q} {...props} />;
  }
}

function ChoiceControl({
  question: q,
  form,
  level,
  cycleOpensOn,
}: ControlProps & { question: SingleQuestion | YesNoQuestion }) {
  const key = fieldKey(q.id);
  const id = fieldId(key);
  const choice = form.watch(`${key}.choice`);
  // Only the options this partnership's level is offered, labelled for it (framework LevelRule).
  const options: Item[] =
    q.type === "single"
      ? optionsAt(q, level).map((o) => ({ value: o.id, label: o.label, hint: o.hint }))
      : [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ];
  const all = [...options, ...specialsOf(q)];
  return (
    <div className="govuk-radios" data-module="govuk-radios">
      {all.map((o, i) => (
        <div key={o.value}>
          {i === options.length && <div className="govuk-radios__divider">or</div>}
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id={itemId(id, i)}
              type="radio"
              value={o.value}
              aria-describedby={o.hint ? `${itemId(id, i)}-item-hint` : undefined}
              {...form.register(`${key}.choice`)}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={itemId(id, i)}>
              {o.label}
            </label>
            <ItemHint item={o} id={itemId(id, i)} kind="radios" />
          </div>
          {q.type === "yesno_evidence" && o.value === "yes" && choice === "yes" && (
            <EvidenceFields
              form={form}
              fieldKeyBase={key}
              cycleOpensOn={cycleOpensOn}
              prompt={q.evidencePrompt}
              questionId={q.id}
            />
          )}
        </div>
      ))}
    </div>
  );
}

function MultiChoiceControl({ question: q, form, level }: ControlProps & { question: MultiQuestion }) {
  const key = fieldKey(q.id);
  const id = fieldId(key);
  const watched = form.watch(`${key}.choices`);
  const chosen = Array.isArray(watched) ? watched : [];
  const options = optionsAt(q, level).map((o) => ({
    value: o.id,
    label: o.label,
    hint: o.hint,
    exclusive: !!o.exclusive,
  }));
  const exclusive = new Set([DONT_KNOW, NOT_APPLICABLE, ...options.filter((o) => o.exclusive).map((o) => o.value)]);
  const toggle = (value: string, checked: boolean) => {
    // "Don't know", "Not applicable" and options such as "None of these" exclude the others
    // (the GOV.UK "exclusive" checkbox).
    const next = checked
      ? exclusive.has(value)
        ? [value]
        : [...chosen.filter((c) => !exclusive.has(c)), value]
      : chosen.filter((c) => c !== value);
    form.setValue(`${key}.choices`, next, { shouldDirty: true });
  };
  const all: Item[] = [...options, ...specialsOf(q)];
  return (
    <div className="govuk-checkboxes" data-module="govuk-checkboxes">
      {all.map((o, i) => (
        <div key={o.value}>
          {i === options.length && <div className="govuk-checkboxes__divider">or</div>}
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={itemId(id, i)}
              type="checkbox"
              value={o.value}
              checked={chosen.includes(o.value)}
              aria-describedby={o.hint ? `${itemId(id, i)}-item-hint` : undefined}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId(id, i)}>
              {o.label}
            </label>
            <ItemHint item={o} id={itemId(id, i)} kind="checkboxes" />
          </div>
        </div>
      ))}
    </div>
  );
}

function TextControl({
  question: q,
  form,
  invalid,
  describedBy,
}: ControlProps & { question: NumberQuestion | TextQuestion }) {
  const key = fieldKey(q.id);
  const id = fieldId(key);
  const draft = form.watch(key);
  const special = draft?.choice === DONT_KNOW || draft?.choice === NOT_APPLICABLE;
  return (
    <>
      {q.type === "number" ? (
        <div className="govuk-input__wrapper">
          <input
            className={`govuk-input govuk-input--width-10${invalid ? " govuk-input--error" : ""}`}
            id={id}
            aria-labelledby={`${id}-legend`}
            inputMode={q.integer ? "numeric" : "decimal"}
            type="text"
            data-min={q.min}
            data-max={q.max}
            spellCheck={false}
            aria-describedby={describedBy}
            disabled={special}
            {...form.register(`${key}.text`)}
          />
          {q.unit && (
            <div className="govuk-input__suffix" aria-hidden="true">
              {q.unit}
            </div>
          )}
        </div>
      ) : (
        <>
          {/* No maxlength: a browser would cut a long paste short without a word. The count says
              how much is over, and the save refuses it with a message. */}
          <textarea
            className={`govuk-textarea${invalid ? " govuk-textarea--error" : ""}`}
            id={id}
            aria-labelledby={`${id}-legend`}
            rows={4}
            aria-describedby={[describedBy, `${id}-count`].filter(Boolean).join(" ")}
            disabled={special}
            {...form.register(`${key}.text`)}
          />
          <CharacterCount id={`${id}-count`} length={(draft?.text ?? "").length} max={q.maxLength} />
        </>
      )}
      <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2">
        {specialsOf(q).map((s, i) => (
          <div key={s.value} className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={`${id}-special-${i}`}
              type="checkbox"
              checked={draft?.choice === s.value}
              onChange={(e) => form.setValue(`${key}.choice`, e.target.checked ? s.value : "", { shouldDirty: true })}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-special-${i}`}>
              {s.label}
            </label>
          </div>
        ))}
      </div>
    </>
  );
}
