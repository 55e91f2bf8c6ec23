"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { invitationSchema, revokeInvitationSchema } from "@/lib/invitations/schemas";
import { createInvitation, revokeInvitation } from "@/lib/data/invitations";

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
