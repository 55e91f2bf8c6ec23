// Colours for the stage charts. WCAG 1.4.11 (non-text contrast, 3:1): each stage's colour against
// the white page, and each against the next stage's, since stacked bars put them side by side.
// No five colours can all be 3:1 apart from each other and from white, so the stacks alternate
// dark and mid colours: the Government Analysis Function's categorical palette, in its own order
// (dark blue, turquoise, dark pink, orange, dark grey), which was chosen for exactly this.
// https://analysisfunction.civilservice.gov.uk/policy-store/data-visualisation-colours-in-charts/
// The stage is also written on each bar and named in the legend, so colour is never the only cue.

export const STAGE_COLOURS = ["#12436d", "#28a197", "#801650", "#f46a25", "#3d3d3d"] as const;
export const PAGE_BACKGROUND = "#ffffff";
const TEXT_DARK = "#0b0c0c";
const TEXT_LIGHT = "#ffffff";

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour (near-black or white) with the higher contrast on a fill, for labels on bars. */
export function labelColourOn(fill: string): string {
  return contrastRatio(fill, TEXT_DARK) >= contrastRatio(fill, TEXT_LIGHT) ? TEXT_DARK : TEXT_LIGHT;
}
