"use server";
// Server action: publish an official response or outcome, or update one (optimistic concurrency).
import { defineFormAction, okState } from "@/lib/http/form-action";
import { publishResponse } from "@/lib/responses/publish-response";

export const publishResponseAction = defineFormAction({ role: "EDITOR", initiative: true }, async ({ actor, ref, input, ctx }) => {
  const { created, changed, response } = await publishResponse(actor, ref, input, ctx);
  return okState({ created, changed, version: response.version });
});
