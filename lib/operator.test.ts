import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConfig } from "./config-schema.mjs";
import { operatorDetails } from "./operator";

const configOf = (env: Record<string, string>) => {
  const r = parseConfig(env);
  if (!r.ok) throw new Error(r.errors.join(" "));
  return r.config;
};

test("unset: every detail null and named as missing, so that the pages say so", () => {
  assert.deepEqual(operatorDetails(configOf({})), {
    name: null,
    address: null,
    email: null,
    dpo: null,
    missing: ["OPERATOR_NAME", "OPERATOR_ADDRESS", "OPERATOR_EMAIL", "DPO_CONTACT"],
  });
});

test("set: the details as given (trimmed), and only the unset ones missing", () => {
  const d = operatorDetails(
    configOf({ OPERATOR_NAME: " Leeds City Council ", OPERATOR_EMAIL: "privacy@example.org", DPO_CONTACT: " " }),
  );
  assert.equal(d.name, "Leeds City Council");
  assert.equal(d.email, "privacy@example.org");
  assert.equal(d.dpo, null); // blank counts as unset
  assert.deepEqual(d.missing, ["OPERATOR_ADDRESS", "DPO_CONTACT"]);
});
