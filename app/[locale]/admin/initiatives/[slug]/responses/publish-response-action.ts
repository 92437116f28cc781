"use server";
// Server action: publish an official response or outcome, or update one (optimistic concurrency).
import { guard } from "@/lib/auth/guard";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { publishResponse } from "@/lib/responses/publish-response";
import type { TResponseInput } from "@/lib/responses/schemas";
import { initiativeInput } from "../../../_components/form-context";

export async function publishResponseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("EDITOR");
  const ctx = await webContext();
  const run = await runForm(
    formData,
    async (raw) => {
      const { slug, input } = await initiativeInput(raw);
      // Untrusted form input: publishResponse parses it with ZResponseInput.
      return publishResponse(actor, { slug }, input as TResponseInput, ctx);
    },
    { requestId: ctx.requestId },
  );
  if (!run.ok) return run.state;
  return okState({ created: run.value.created, changed: run.value.changed, version: run.value.response.version });
}
