"use server";
// Server action: add a version of a scheme's rules (existing versions are never edited).
import { guard } from "@/lib/auth/guard";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { createRuleSetVersion } from "@/lib/rules/create-rule-set-version";
import type { TCreateRuleSetVersion } from "@/lib/rules/schemas";

export async function createRuleSetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("ADMIN");
  const ctx = await webContext();
  // Untrusted form input: createRuleSetVersion parses it with ZCreateRuleSetVersion.
  const run = await runForm(formData, (input) => createRuleSetVersion(actor, input as TCreateRuleSetVersion, ctx), {
    requestId: ctx.requestId,
  });
  if (!run.ok) return run.state;
  return okState({ version: run.value.version, scheme: run.value.schemeCode });
}
