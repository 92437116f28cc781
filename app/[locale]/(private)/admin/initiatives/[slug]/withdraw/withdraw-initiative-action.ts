"use server";
// Server action: withdraw an initiative, with the reason (kept; the public page says so).
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/http/form-action";
import { localePath } from "@/lib/i18n/paths";
import { withdrawInitiative } from "@/lib/initiatives/withdraw-initiative";

export const withdrawInitiativeAction = defineFormAction(
  { role: "ADMIN", initiative: true },
  async ({ actor, ref, input, ctx, locale }) => {
    const { slug } = await withdrawInitiative(actor, ref, input, ctx);
    redirect(localePath(locale, `/admin/initiatives/${slug}`));
  },
);
