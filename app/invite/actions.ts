"use server";
import { authedAction, publicAction } from "@/lib/action";
import { acceptExistingAccountSchema, acceptNewAccountSchema } from "@/lib/invitations/schemas";
import { acceptAsSignedInUser, acceptWithNewAccount } from "@/lib/data/invitations";

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
