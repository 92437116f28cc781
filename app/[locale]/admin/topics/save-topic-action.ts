"use server";
// Server action: add a topic, or update one (by its slug).
import { guard } from "@/lib/auth/guard";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { saveTopic } from "@/lib/topics/save-topic";
import type { TTopicInput } from "@/lib/topics/schemas";

export async function saveTopicAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("EDITOR");
  const ctx = await webContext();
  // Untrusted form input: saveTopic parses it with ZTopicInput.
  const run = await runForm(formData, (input) => saveTopic(actor, input as TTopicInput, ctx), { requestId: ctx.requestId });
  if (!run.ok) return run.state;
  return okState({ slug: run.value.slug });
}
