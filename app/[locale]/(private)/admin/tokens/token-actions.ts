"use server";
// Server actions: create a personal API token (the secret is returned once, in the form's state,
// and never stored), and revoke one.
import { defineFormAction, okState } from "@/lib/http/form-action";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";

export const createTokenAction = defineFormAction({ role: "ADMIN" }, async ({ actor, input, ctx }) => {
  const { secret, token } = await createToken(actor, input, ctx);
  return okState({ secret, name: token.name, prefix: token.prefix });
});

export const revokeTokenAction = defineFormAction({ role: "ADMIN" }, async ({ actor, input, ctx }) => {
  await revokeToken(actor, input, ctx);
  return okState();
});
