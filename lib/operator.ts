// Who runs this copy of the toolkit, for the privacy notice, the accessibility statement and the
// cookies page: the OPERATOR_* and DPO_CONTACT settings (README, Configuration). A detail not set
// is null, and the pages say so rather than make one up.
import { config, type Config } from "@/lib/config-schema.mjs";

export type OperatorDetails = {
  name: string | null;
  address: string | null;
  email: string | null;
  dpo: string | null;
  /** The settings not given, by name. */
  missing: string[];
};

export function operatorDetails(c: Config = config()): OperatorDetails {
  const details = {
    name: c.OPERATOR_NAME ?? null,
    address: c.OPERATOR_ADDRESS ?? null,
    email: c.OPERATOR_EMAIL ?? null,
    dpo: c.DPO_CONTACT ?? null,
  };
  const names = { name: "OPERATOR_NAME", address: "OPERATOR_ADDRESS", email: "OPERATOR_EMAIL", dpo: "DPO_CONTACT" };
  return {
    ...details,
    missing: (Object.keys(names) as (keyof typeof names)[]).filter((k) => !details[k]).map((k) => names[k]),
  };
}
