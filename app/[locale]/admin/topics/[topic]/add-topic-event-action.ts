"use server";
// Server action: add an event to a topic's timeline (a decision outside the tracked initiatives).
import { guard } from "@/lib/auth/guard";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { addTopicEvent } from "@/lib/topics/save-topic";
import type { TTopicEventInput } from "@/lib/topics/schemas";

export async function addTopicEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("EDITOR");
  const ctx = await webContext();
  // Untrusted form input: addTopicEvent parses it with ZTopicEventInput.
  const run = await runForm(formData, (input) => addTopicEvent(actor, input as TTopicEventInput, ctx), { requestId: ctx.requestId });
  if (!run.ok) return run.state;
  return okState({ created: run.value.created });
}
