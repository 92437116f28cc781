"use server";
// Server action: move the initiative to a next stage its rules allow (optimistic concurrency).
import { defineFormAction, okState } from "@/lib/http/form-action";
import { recordStageEvent } from "@/lib/stages/record-stage-event";

export const recordStageAction = defineFormAction({ role: "EDITOR", initiative: true }, async ({ actor, ref, input, ctx }) => {
  const { stage, version } = await recordStageEvent(actor, ref, input, ctx);
  return okState({ stage, version });
});
