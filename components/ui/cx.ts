/** Class names joined, leaving out the false ones: `cx("govuk-input", error && "govuk-input--error")`. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
