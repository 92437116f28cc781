"use server";
// Server action: save an edit of an initiative, based on the version the form was loaded with (409
// CONFLICT when someone saved meanwhile: nothing is overwritten, the form shows what changed).
import { defineFormAction, okState } from "@/lib/http/form-action";
import { updateInitiative } from "@/lib/initiatives/update-initiative";

export const editInitiativeAction = defineFormAction({ role: "ADMIN", initiative: true }, async ({ actor, ref, input, ctx }) => {
  const { version, changed } = await updateInitiative(actor, ref, input, ctx);
  return okState({ version, changed });
});
