"use server";
// Server action: record one count, or a correction of one (a new observation superseding it).
import { redirect } from "next/navigation";
import { recordCount } from "@/lib/counts/record-counts";
import { defineFormAction, okState } from "@/lib/http/form-action";
import { localePath } from "@/lib/i18n/paths";

export const recordCountAction = defineFormAction({ role: "EDITOR", initiative: true }, async ({ actor, ref, input, ctx, locale }) => {
  const result = await recordCount(actor, ref, input, ctx);
  if (input.supersedesId) redirect(`${localePath(locale, `/admin/initiatives/${result.slug}`)}?corrected=1`);
  return okState({ latestTotal: result.latestTotal, flags: result.flags.map((f) => f.code) });
});
