"use server";
// Server action: change a person's role (admins only; not their own).
import { guard } from "@/lib/auth/guard";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import type { TSetRole } from "@/lib/users/schemas";
import { setRole } from "@/lib/users/set-role";

export async function setRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("ADMIN");
  const ctx = await webContext();
  // Untrusted form input: setRole parses it with ZSetRole.
  const run = await runForm(formData, (input) => setRole(actor, input as TSetRole, ctx), { requestId: ctx.requestId });
  if (!run.ok) return run.state;
  return okState({ email: run.value.email, role: run.value.role });
}
