"use server";
// Server action: save an edit of an initiative, based on the version the form was loaded with (409
// CONFLICT when someone saved meanwhile: nothing is overwritten, the form shows what changed).
import { guard } from "@/lib/auth/guard";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import type { TUpdateInitiative } from "@/lib/initiatives/schemas";
import { updateInitiative } from "@/lib/initiatives/update-initiative";
import { initiativeInput } from "../../../_components/form-context";

export async function editInitiativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("ADMIN");
  const ctx = await webContext();
  const run = await runForm(
    formData,
    async (raw) => {
      const { slug, input } = await initiativeInput(raw, ["registeredAt", "openedAt", "collectionEndsAt"]);
      // Untrusted form input: updateInitiative parses it with ZUpdateInitiative.
      return updateInitiative(actor, { slug }, input as TUpdateInitiative, ctx);
    },
    { requestId: ctx.requestId },
  );
  if (!run.ok) return run.state;
  return okState({ version: run.value.version, changed: run.value.changed });
}
