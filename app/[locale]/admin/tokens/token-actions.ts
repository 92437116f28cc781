"use server";
// Server actions: create a personal API token (the secret is returned once, in the form's state,
// and never stored), and revoke one.
import { guard } from "@/lib/auth/guard";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { createToken } from "@/lib/tokens/create-token";
import { revokeToken } from "@/lib/tokens/revoke-token";
import type { TCreateToken } from "@/lib/tokens/schemas";

export async function createTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("ADMIN");
  const ctx = await webContext();
  // Untrusted form input: createToken parses it with ZCreateToken.
  const run = await runForm(formData, (input) => createToken(actor, input as TCreateToken, ctx), { requestId: ctx.requestId });
  if (!run.ok) return run.state;
  return okState({ secret: run.value.secret, name: run.value.token.name, prefix: run.value.token.prefix });
}

export async function revokeTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("ADMIN");
  const ctx = await webContext();
  // Untrusted form input: revokeToken parses it with ZRevokeToken.
  const run = await runForm(formData, (input) => revokeToken(actor, input as { tokenId: string }, ctx), { requestId: ctx.requestId });
  if (!run.ok) return run.state;
  return okState();
}
