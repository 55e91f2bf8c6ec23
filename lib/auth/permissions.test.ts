import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { can, mayUseAnywhere, partnershipRelation, type ActorRoles } from "./permissions";

const base = { memberships: [], reviewAssignments: [] };
const admin: ActorRoles = { userId: 1, globalRole: "admin", ...base };
const commissioner: ActorRoles = { userId: 2, globalRole: "commissioner", ...base };
const reviewer: ActorRoles = {
  userId: 3,
  globalRole: "reviewer",
  memberships: [],
  reviewAssignments: [{ partnershipId: 10, cycleId: 1 }],
};
const coordinator: ActorRoles = {
  userId: 4,
  globalRole: null,
  memberships: [{ partnershipId: 10, role: "coordinator" }],
  reviewAssignments: [],
};
const member: ActorRoles = {
  userId: 5,
  globalRole: null,
  memberships: [{ partnershipId: 10, role: "member" }],
  reviewAssignments: [],
};
const nobody: ActorRoles = { userId: 6, globalRole: null, ...base };

describe("read:partnership", () => {
  test("own partnership: coordinator, member, assigned reviewer, commissioner, admin", () => {
    for (const actor of [admin, commissioner, reviewer, coordinator, member]) {
      assert.equal(can(actor, "read:partnership", { partnershipId: 10 }), true, `userId ${actor.userId}`);
    }
  });
  test("another partnership: only commissioner and admin", () => {
    assert.equal(can(coordinator, "read:partnership", { partnershipId: 11 }), false);
    assert.equal(can(member, "read:partnership", { partnershipId: 11 }), false);
    assert.equal(can(reviewer, "read:partnership", { partnershipId: 11 }), false);
    assert.equal(can(nobody, "read:partnership", { partnershipId: 10 }), false);
    assert.equal(can(commissioner, "read:partnership", { partnershipId: 11 }), true);
    assert.equal(can(admin, "read:partnership", { partnershipId: 11 }), true);
  });
  test("no target means no access", () => {
    assert.equal(can(coordinator, "read:partnership"), false);
  });
  test("a reviewer who is also listed as a member is a member there (membership wins)", () => {
    const both: ActorRoles = { ...reviewer, memberships: [{ partnershipId: 10, role: "member" }] };
    assert.equal(partnershipRelation(both, 10), "member");
  });
});

describe("administration", () => {
  test("only admin manages users, partnerships, memberships, assignments and reads the audit log", () => {
    assert.equal(can(commissioner, "manage:assignments"), true, "the Commissioner's office assigns peer reviewers too");
    for (const p of [
      "manage:users",
      "erase:user:any",
      "manage:partnerships",
      "manage:memberships",
      "read:audit",
    ] as const) {
      assert.equal(can(admin, p), true, p);
      for (const other of [commissioner, reviewer, coordinator, member, nobody]) assert.equal(can(other, p), false, p);
    }
  });
  test("the full list of partnerships is for admin and commissioner", () => {
    assert.equal(can(admin, "list:partnerships:all"), true);
    assert.equal(can(commissioner, "list:partnerships:all"), true);
    assert.equal(can(reviewer, "list:partnerships:all"), false);
    assert.equal(can(coordinator, "list:partnerships:all"), false);
  });
  test("members list of a partnership: its coordinators and admin, not members or reviewers", () => {
    assert.equal(can(coordinator, "read:partnership-members", { partnershipId: 10 }), true);
    assert.equal(can(admin, "read:partnership-members", { partnershipId: 10 }), true);
    assert.equal(can(member, "read:partnership-members", { partnershipId: 10 }), false);
    assert.equal(can(reviewer, "read:partnership-members", { partnershipId: 10 }), false);
    assert.equal(can(coordinator, "read:partnership-members", { partnershipId: 11 }), false);
  });
  test("every signed-in user may keep their own session alive (the session is theirs by construction)", () => {
    for (const actor of [admin, commissioner, reviewer, coordinator, member, nobody])
      assert.equal(can(actor, "extend:session"), true);
    for (const actor of [admin, commissioner, reviewer, coordinator, member, nobody])
      assert.equal(can(actor, "change:password:own"), true);
  });
  test("only peer reviewers record reviews (which assignment is theirs is checked with the assignment)", () => {
    assert.equal(can(reviewer, "record:review"), true);
    for (const other of [admin, commissioner, coordinator, member, nobody])
      assert.equal(can(other, "record:review"), false, String(other.userId));
  });
  test("an unknown permission is denied", () => {
    assert.equal(can(admin, "delete:everything" as never), false);
  });
});

describe("the self-assessment", () => {
  test("only the partnership's coordinators change, submit and reopen the consolidated answers", () => {
    for (const p of [
      "update:assessment:own",
      "submit:assessment:own",
      "read:member-responses:own",
      "invite:member:own",
    ] as const) {
      assert.equal(can(coordinator, p, { partnershipId: 10 }), true, p);
      assert.equal(can(coordinator, p, { partnershipId: 11 }), false, `${p} other partnership`);
      for (const other of [admin, commissioner, reviewer, member, nobody])
        assert.equal(can(other, p, { partnershipId: 10 }), false, `${p} ${other.userId}`);
    }
  });
  test("members answer their own response; coordinators do not use it", () => {
    assert.equal(can(member, "respond:assessment:own", { partnershipId: 10 }), true);
    assert.equal(can(member, "respond:assessment:own", { partnershipId: 11 }), false);
    assert.equal(can(coordinator, "respond:assessment:own", { partnershipId: 10 }), false);
    assert.equal(can(reviewer, "respond:assessment:own", { partnershipId: 10 }), false);
  });
  test("coordinators and members answer (each their own response); nobody else does", () => {
    assert.equal(can(coordinator, "answer:assessment:own", { partnershipId: 10 }), true);
    assert.equal(can(member, "answer:assessment:own", { partnershipId: 10 }), true);
    assert.equal(can(member, "answer:assessment:own", { partnershipId: 11 }), false);
    for (const other of [admin, commissioner, reviewer, nobody])
      assert.equal(can(other, "answer:assessment:own", { partnershipId: 10 }), false);
  });
  test("read access to the assessment follows access to the partnership (read-only for reviewer and commissioner)", () => {
    for (const actor of [admin, commissioner, reviewer, coordinator, member])
      assert.equal(can(actor, "read:assessment", { partnershipId: 10 }), true);
    assert.equal(can(member, "read:assessment", { partnershipId: 11 }), false);
    assert.equal(can(reviewer, "read:assessment", { partnershipId: 11 }), false);
  });
});

describe("export:partnership", () => {
  test("its coordinators, the Commissioner's office and its assigned reviewer export a partnership", () => {
    for (const actor of [coordinator, commissioner, reviewer])
      assert.equal(can(actor, "export:partnership", { partnershipId: 10 }), true, `userId ${actor.userId}`);
  });
  test("members and administrators do not, nor anyone for another partnership or no target", () => {
    assert.equal(can(member, "export:partnership", { partnershipId: 10 }), false);
    assert.equal(can(admin, "export:partnership", { partnershipId: 10 }), false);
    assert.equal(can(nobody, "export:partnership", { partnershipId: 10 }), false);
    assert.equal(can(coordinator, "export:partnership", { partnershipId: 11 }), false);
    assert.equal(can(reviewer, "export:partnership", { partnershipId: 11 }), false);
    assert.equal(can(commissioner, "export:partnership", { partnershipId: 11 }), true);
    assert.equal(can(coordinator, "export:partnership"), false);
  });
});

describe("the national picture", () => {
  test("the Commissioner's office and admin see it and manage cycles; nobody else does", () => {
    for (const p of ["read:national", "manage:cycles"] as const) {
      assert.equal(can(commissioner, p), true, p);
      assert.equal(can(admin, p), true, p);
      for (const other of [reviewer, coordinator, member, nobody])
        assert.equal(can(other, p), false, `${p} ${other.userId}`);
    }
  });
});

test("who could use a permission on anything at all (for auditing malformed input from those who could not)", () => {
  assert.equal(mayUseAnywhere(coordinator, "update:assessment:own"), true);
  assert.equal(mayUseAnywhere(member, "update:assessment:own"), false);
  assert.equal(mayUseAnywhere(member, "respond:assessment:own"), true);
  assert.equal(mayUseAnywhere(reviewer, "update:assessment:own"), false);
  assert.equal(mayUseAnywhere(reviewer, "read:assessment"), true);
  assert.equal(mayUseAnywhere(admin, "read:assessment"), true);
  assert.equal(mayUseAnywhere(commissioner, "manage:users"), false);
  assert.equal(mayUseAnywhere(admin, "manage:users"), true);
});
