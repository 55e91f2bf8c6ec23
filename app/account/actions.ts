"use server";
// A person's own password: changed with the current one (any signed-in user, their own account
// only: the data layer takes the account from the session, never from the input), or set from
// an administrator's reset link (holding the link is the credential).
import { authedAction, publicAction } from "@/lib/action";
import { requestIp } from "@/lib/auth/guard";
import { changePasswordSchema, completePasswordResetSchema } from "@/lib/account/schemas";
import { changeOwnPassword, completePasswordReset } from "@/lib/data/passwords";

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
