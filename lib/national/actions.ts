"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server-action";
import { cycleSchema, cycleStatusSchema } from "@/lib/national/schemas";
import { createCycle, setCycleStatus } from "@/lib/national/cycles.server";

export const createCycleAction = authedAction(
  { name: "cycle.create", schema: cycleSchema, permission: "manage:cycles" },
  (input, actor) => {
    const r = createCycle(actor, input);
    revalidatePath("/national/cycles");
    return r;
  },
);

export const setCycleStatusAction = authedAction(
  { name: "cycle.status", schema: cycleStatusSchema, permission: "manage:cycles" },
  (input, actor) => {
    setCycleStatus(actor, Number(input.cycleId), input.status);
    revalidatePath("/national/cycles");
    return null;
  },
);
