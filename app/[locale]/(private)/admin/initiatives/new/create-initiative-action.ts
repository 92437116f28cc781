"use server";
// Server action: register an initiative under a scheme (its rule set in force is snapshotted).
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/http/form-action";
import { localePath } from "@/lib/i18n/paths";
import { registerInitiative } from "@/lib/initiatives/register-initiative";

export const createInitiativeAction = defineFormAction({ role: "ADMIN" }, async ({ actor, input, ctx, locale }) => {
  const { slug } = await registerInitiative(actor, input, ctx);
  redirect(localePath(locale, `/admin/initiatives/${slug}`));
});
