import { test } from "node:test";
import assert from "node:assert/strict";
import { hashPassword, verifyPassword } from "./password";

test("a hashed password verifies, a wrong one does not", async () => {
  const stored = await hashPassword("correct horse battery staple");
  assert.match(stored, /^scrypt\$17\$8\$1\$/);
  assert.equal(await verifyPassword("correct horse battery staple", stored), true);
  assert.equal(await verifyPassword("correct horse battery stapler", stored), false);
});

test("the same password hashes differently each time (random salt)", async () => {
  const a = await hashPassword("demo-password-2026");
  const b = await hashPassword("demo-password-2026");
  assert.notEqual(a, b);
});

test("a malformed stored hash never verifies", async () => {
  assert.equal(await verifyPassword("x", "plain-text"), false);
  assert.equal(await verifyPassword("x", "bcrypt$1$2$3$4$5"), false);
});

test("cheaper parameters (test fixtures only) are stored with the hash, so it still verifies", async () => {
  const stored = await hashPassword("demo-password-2026", { logN: 10 });
  assert.match(stored, /^scrypt\$10\$8\$1\$/);
  assert.equal(await verifyPassword("demo-password-2026", stored), true);
  assert.equal(await verifyPassword("demo-password-2027", stored), false);
});
