// Erasing a person (issue 17, UK GDPR): each refusal (not an administrator, an unknown id,
// yourself, the last active administrator) changes nothing. The erasure itself: erasure.test.ts.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import type { Actor } from "@/lib/auth/actor";
import {
  admin,
  erasure,
  janeId,
  otherAdminId,
  partnershipId,
  refusedWith,
  run,
  setUp,
  tearDown,
} from "./erasure-fixture";

before(setUp);
after(tearDown);

describe("refusals change nothing", () => {
  test("someone who is not an administrator is told the page does not exist", () => {
    const coordinator: Actor = {
      ...admin,
      userId: 999,
      globalRole: null,
      memberships: [{ partnershipId, role: "coordinator" }],
    };
    for (const who of [
      coordinator,
      { ...admin, globalRole: "commissioner" as const },
      { ...admin, globalRole: "reviewer" as const },
    ]) {
      refusedWith(() => erasure.eraseUser(who, janeId), "not-found");
      assert.throws(() => erasure.erasurePreview(who, janeId), { code: "not-found" });
    }
  });
  test("an unknown id", () => {
    refusedWith(() => erasure.eraseUser(admin, 987_654), "not-found");
    assert.equal(erasure.erasurePreview(admin, 987_654), null);
  });
  test("yourself", () => {
    refusedWith(() => erasure.eraseUser(admin, admin.userId), "invalid", /cannot erase your own account/);
    assert.match(erasure.erasurePreview(admin, admin.userId)!.refusal!, /cannot erase your own account/);
  });
  test("the last active administrator", () => {
    // The only other active administrator, erased by someone whose own account is no longer an
    // active administrator's (disabled since their session was checked).
    run("UPDATE users SET disabled = 1 WHERE id = ?", admin.userId);
    try {
      refusedWith(() => erasure.eraseUser(admin, otherAdminId), "invalid", /last active administrator/);
      assert.match(erasure.erasurePreview(admin, otherAdminId)!.refusal!, /last active administrator/);
    } finally {
      run("UPDATE users SET disabled = 0 WHERE id = ?", admin.userId);
    }
    assert.equal(erasure.erasurePreview(admin, otherAdminId)!.refusal, null, "with another active one, it may go");
  });
});
