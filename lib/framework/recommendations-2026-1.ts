// The 2026.1 recommendation catalogue: toolkit recommendations that map each gap (an unmet stage
// condition) to the report's twelve and to practice examples, dimension by dimension.
import type { Recommendation } from "./types";
import { LEADERSHIP_2026_1 } from "./recommendations-2026-1-leadership";
import { FOUR_PS_2026_1 } from "./recommendations-2026-1-four-ps";
import { PARTNERSHIP_2026_1 } from "./recommendations-2026-1-partnership";

export const RECOMMENDATIONS_2026_1: Recommendation[] = [
  ...LEADERSHIP_2026_1,
  ...FOUR_PS_2026_1,
  ...PARTNERSHIP_2026_1,
];
