"use server";
// Administration actions. Each one parses its input with the form's schema and checks the
// permission itself (lib/action.ts); the data layer checks again.
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server-action";
import {
  assignmentRemoveSchema,
  assignmentSchema,
  eraseUserSchema,
  forceSignOutSchema,
  membershipRemoveSchema,
  membershipSchema,
  partnershipSchema,
  partnershipUpdateSchema,
  userCreateSchema,
  userUpdateSchema,
} from "@/lib/admin/schemas";
import {
  addAssignment,
  addMembership,
  createUser,
  forceSignOut,
  removeAssignment,
  removeMembership,
  updateUser,
} from "@/lib/admin/users.server";
import { createPartnership, updatePartnership } from "@/lib/admin/partnerships.server";
import { eraseUser } from "@/lib/admin/erasure.server";
import { issuePasswordResetSchema } from "@/lib/accounts/schemas";
import { issuePasswordReset } from "@/lib/accounts/passwords.server";

export const createUserAction = authedAction(
  { name: "user.create", schema: userCreateSchema, permission: "manage:users" },
  async (input, actor) => {
    const result = await createUser(actor, input);
    revalidatePath("/admin/users");
    return result;
  },
);

export const updateUserAction = authedAction(
  { name: "user.update", schema: userUpdateSchema, permission: "manage:users" },
  (input, actor) => {
    const result = updateUser(actor, input);
    revalidatePath(`/admin/users/${result.id}`);
    return result;
  },
);

export const forceSignOutAction = authedAction(
  { name: "user.force-sign-out", schema: forceSignOutSchema, permission: "manage:users" },
  (input, actor) => {
    forceSignOut(actor, Number(input.userId));
    return null;
  },
);

// UK GDPR erasure: cannot be undone. Answers only the pseudonym, never the old name or email.
export const eraseUserAction = authedAction(
  { name: "user.erase", schema: eraseUserSchema, permission: "erase:user:any" },
  (input, actor) => {
    const { userId, pseudonym } = eraseUser(actor, Number(input.userId));
    revalidatePath("/admin/users");
    revalidatePath(`/admin/users/${userId}`);
    return { userId, pseudonym };
  },
);

export const addMembershipAction = authedAction(
  { name: "membership.set", schema: membershipSchema, permission: "manage:memberships" },
  (input, actor) => {
    addMembership(actor, input);
    revalidatePath(`/admin/users/${input.userId}`);
    return null;
  },
);

export const removeMembershipAction = authedAction(
  { name: "membership.remove", schema: membershipRemoveSchema, permission: "manage:memberships" },
  (input, actor) => {
    removeMembership(actor, Number(input.userId), Number(input.partnershipId));
    revalidatePath(`/admin/users/${input.userId}`);
    return null;
  },
);

export const addAssignmentAction = authedAction(
  { name: "assignment.add", schema: assignmentSchema, permission: "manage:assignments" },
  (input, actor) => {
    addAssignment(actor, input);
    revalidatePath(`/admin/users/${input.reviewerUserId}`);
    return null;
  },
);

export const removeAssignmentAction = authedAction(
  { name: "assignment.remove", schema: assignmentRemoveSchema, permission: "manage:assignments" },
  (input, actor) => {
    removeAssignment(actor, Number(input.assignmentId));
    revalidatePath("/admin/users");
    return null;
  },
);

export const createPartnershipAction = authedAction(
  { name: "partnership.create", schema: partnershipSchema, permission: "manage:partnerships" },
  (input, actor) => {
    const result = createPartnership(actor, input);
    revalidatePath("/admin/partnerships");
    return result;
  },
);

export const updatePartnershipAction = authedAction(
  { name: "partnership.update", schema: partnershipUpdateSchema, permission: "manage:partnerships" },
  (input, actor) => {
    const { partnershipId, ...rest } = input;
    const result = updatePartnership(actor, Number(partnershipId), rest);
    revalidatePath(`/admin/partnerships/${result.id}`);
    return result;
  },
);

export const issuePasswordResetAction = authedAction(
  { name: "user.password-reset-issue", schema: issuePasswordResetSchema, permission: "manage:users" },
  (input, actor) => {
    const { token, expiresAt } = issuePasswordReset(actor, Number(input.userId));
    return { path: token ? `/reset-password/${token}` : null, expiresAt };
  },
);
