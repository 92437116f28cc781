"use server";
// Server action: move the initiative to a next stage its rules allow (optimistic concurrency).
import { guard } from "@/lib/auth/guard";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { recordStageEvent } from "@/lib/stages/record-stage-event";
import type { TStageEventInput } from "@/lib/stages/schemas";
import { initiativeInput } from "../../../_components/form-context";

export async function recordStageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("EDITOR");
  const ctx = await webContext();
  const run = await runForm(
    formData,
    async (raw) => {
      const { slug, input } = await initiativeInput(raw, ["occurredAt", "scheduledFor"]);
      // Untrusted form input: recordStageEvent parses it with ZStageEventInput.
      return recordStageEvent(actor, { slug }, input as TStageEventInput, ctx);
    },
    { requestId: ctx.requestId },
  );
  if (!run.ok) return run.state;
  return okState({ stage: run.value.stage, version: run.value.version });
}
