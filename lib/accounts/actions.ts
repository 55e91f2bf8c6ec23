"use server";
// Who can sign in: a person's own password, changed with the current one (any signed-in user,
// their own account only: the data layer takes the account from the session, never from the
// input) or set from an administrator's reset link (holding the link is the credential); and the
// invitations a coordinator sends and a visitor accepts.
import { revalidatePath } from "next/cache";
import { authedAction, publicAction } from "@/lib/server-action";
import { requestIp } from "@/lib/auth/guard";
import {
  acceptExistingAccountSchema,
  acceptNewAccountSchema,
  changePasswordSchema,
  completePasswordResetSchema,
  invitationSchema,
  revokeInvitationSchema,
} from "@/lib/accounts/schemas";
import { changeOwnPassword, completePasswordReset } from "@/lib/accounts/passwords.server";
import {
  acceptAsSignedInUser,
  acceptWithNewAccount,
  createInvitation,
  revokeInvitation,
} from "@/lib/accounts/invitations.server";

export const changePasswordAction = authedAction(
  { name: "user.password-change", schema: changePasswordSchema, permission: "change:password:own" },
  async (input, actor) => {
    await changeOwnPassword(actor, input, await requestIp());
    return null;
  },
);

export const completePasswordResetAction = publicAction(
  { name: "user.password-reset", schema: completePasswordResetSchema },
  async (input) => completePasswordReset(input, await requestIp()),
);

// Holding the single-use link is what entitles a visitor to create their account.
export const acceptWithNewAccountAction = publicAction(
  { name: "invitation.accept-new", schema: acceptNewAccountSchema },
  (input) => acceptWithNewAccount(input),
);

// Any signed-in user may try; the data layer checks the invitation is for their address.
export const acceptAsSignedInUserAction = authedAction(
  { name: "invitation.accept", schema: acceptExistingAccountSchema, permission: "accept:invitation" },
  (input, actor) => acceptAsSignedInUser(actor, input.token),
);

export const createInvitationAction = authedAction(
  {
    name: "invitation.create",
    schema: invitationSchema,
    permission: "invite:member:own",
    target: (i) => ({ partnershipId: Number(i.partnershipId) }),
  },
  (input, actor) => {
    const result = createInvitation(actor, input);
    revalidatePath(`/partnerships/${input.partnershipId}/invitations`);
    return result;
  },
);

export const revokeInvitationAction = authedAction(
  {
    name: "invitation.revoke",
    schema: revokeInvitationSchema,
    permission: "invite:member:own",
    target: (i) => ({ partnershipId: Number(i.partnershipId) }),
  },
  (input, actor) => {
    revokeInvitation(actor, Number(input.partnershipId), Number(input.invitationId));
    revalidatePath(`/partnerships/${input.partnershipId}/invitations`);
    return null;
  },
);
