"use server";
// Server actions of /me/tokens: create a personal token (read and webhooks scopes only; the secret
// is returned once, in the form's state) and revoke one of your own. The commands check both.
import { defineFormAction, okState } from "@/lib/http/form-action";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";

export const createOwnTokenAction = defineFormAction({ role: "USER" }, async ({ actor, input, ctx }) => {
  const { secret, token } = await createToken(actor, input, ctx);
  return okState({ secret, name: token.name, prefix: token.prefix });
});

export const revokeOwnTokenAction = defineFormAction({ role: "USER" }, async ({ actor, input, ctx }) => {
  await revokeToken(actor, input, ctx);
  return okState();
});
