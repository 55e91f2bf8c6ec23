// Where a radar's labels go so that every dimension's name can be read at any width (issue 19):
// names wrap onto lines of at most `maxChars`, in a font that shrinks on narrow screens, and the
// plot's radius leaves room for the widest label on each side and the tallest above and below.
// Pure, so that it is unit-tested; text widths are estimated conservatively (0.62 em a character).

export const CHAR_EM = 0.62;
/** recharts draws each angle-axis label this far outside the plot. */
export const TICK_OFFSET = 8;
const LEGEND = 36;

/** Words onto lines of at most `maxChars` characters; a longer word is split (with a hyphen). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > maxChars) {
      if (line) {
        lines.push(line);
        line = "";
      }
      lines.push(`${word.slice(0, maxChars - 1)}-`);
      word = word.slice(maxChars - 1);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export type RadarLayout = {
  width: number;
  height: number;
  outerRadius: number;
  fontSize: number;
  lineHeight: number;
  lines: string[][];
  /** The widest label, in pixels (estimated). */
  labelWidth: number;
};

export function radarLayout(width: number, labels: readonly string[]): RadarLayout {
  const narrow = width < 420;
  const fontSize = narrow ? 11 : 12;
  const maxChars = narrow ? 12 : 16;
  const lineHeight = Math.round(fontSize * 1.2);
  const lines = labels.map((l) => wrapLabel(l, maxChars));
  const labelWidth = Math.ceil(Math.max(1, ...lines.flat().map((l) => l.length)) * fontSize * CHAR_EM);
  const labelHeight = Math.max(1, ...lines.map((l) => l.length)) * lineHeight;
  const outerRadius = Math.max(40, Math.min(170, Math.floor(width / 2 - TICK_OFFSET - labelWidth - 4)));
  const height = Math.ceil(2 * (outerRadius + TICK_OFFSET + labelHeight) + LEGEND);
  return { width, height, outerRadius, fontSize, lineHeight, lines, labelWidth };
}
