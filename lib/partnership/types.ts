// A partnership as lists show it: a plain object, safe to import anywhere.
import type { Nation, PartnershipLevel } from "@/lib/domain/enums";
import type { PartnershipRelation } from "@/lib/auth/permissions";

export type PartnershipSummary = {
  id: number;
  name: string;
  level: PartnershipLevel;
  nation: Nation;
  forceAreas: string[];
  relation: PartnershipRelation | null;
};
