// Choices shown by the admin forms, built from the stored codes and their labels.
import { GLOBAL_ROLES, NATIONS, PARTNERSHIP_LEVELS, PARTNERSHIP_ROLES } from "@/lib/domain/enums";
import { GLOBAL_ROLE_LABELS, LEVEL_LABELS, NATION_LABELS, PARTNERSHIP_ROLE_LABELS } from "@/lib/domain/labels";

export const GLOBAL_ROLE_OPTIONS = [
  { value: "", label: "Partnership user", hint: "A coordinator or member of one or more partnerships" },
  ...GLOBAL_ROLES.map((r) => ({ value: r, label: GLOBAL_ROLE_LABELS[r] })),
];
export const LEVEL_OPTIONS = PARTNERSHIP_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }));
export const NATION_OPTIONS = NATIONS.map((n) => ({ value: n, label: NATION_LABELS[n] }));
export const PARTNERSHIP_ROLE_OPTIONS = PARTNERSHIP_ROLES.map((r) => ({ value: r, label: PARTNERSHIP_ROLE_LABELS[r] }));
