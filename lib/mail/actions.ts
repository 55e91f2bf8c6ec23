"use server";
// Messages someone sends on purpose (the rest are queued by the changes that cause them).
import { authedAction } from "@/lib/server-action";
import { chaserSchema } from "@/lib/mail/schemas";
import { sendChasers } from "@/lib/mail/chasers.server";

export const sendChaserAction = authedAction(
  { name: "mail.chaser", schema: chaserSchema, permission: "send:chaser" },
  (input, actor) => sendChasers(actor, input),
);
