"use server";
// Server action: add a version of a scheme's rules (existing versions are never edited).
import { defineFormAction, okState } from "@/lib/http/form-action";
import { createRuleSetVersion } from "@/lib/rules/create-rule-set-version";

export const createRuleSetAction = defineFormAction({ role: "ADMIN" }, async ({ actor, input, ctx }) => {
  const { version, schemeCode } = await createRuleSetVersion(actor, input, ctx);
  return okState({ version, scheme: schemeCode });
});
