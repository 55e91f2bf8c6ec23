"use server";
// "Stay signed in" from the idle-timeout warning: records activity on the caller's own session.
// authedAction has already found the session valid (so an ended one stays ended).
import { z } from "zod";
import { authedAction } from "@/lib/server-action";
import { touchSession } from "@/lib/auth/sessions.server";

export const staySignedInAction = authedAction(
  { name: "session.extend", schema: z.object({}).strict(), permission: "extend:session" },
  (_input, actor) => touchSession(actor),
);
