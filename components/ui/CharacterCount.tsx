"use client";
// GOV.UK character count: how many characters are left, or how many too many, as the user types.
// The field itself has no maxlength (a browser would silently cut a paste short): text over the
// limit stays in the field, is counted here, and is refused with a message when saved.

export function characterCountMessage(length: number, max: number): string {
  const left = max - length;
  const n = (x: number) => x.toLocaleString("en-GB");
  if (left >= 0) return `You have ${n(left)} character${left === 1 ? "" : "s"} remaining`;
  return `You have ${n(-left)} character${left === -1 ? "" : "s"} too many`;
}

export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const over = length > max;
  return (
    <div
      id={id}
      className={`govuk-character-count__message ${over ? "govuk-error-message" : "govuk-hint"}`}
      aria-live="polite"
      data-testid="character-count"
    >
      {characterCountMessage(length, max)}
    </div>
  );
}
