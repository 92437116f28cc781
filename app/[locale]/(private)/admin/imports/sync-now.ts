"use server";
// POST actions of the admin imports pages (plain forms that redirect back with a notice). Hidden
// fields only a hand-made request can get wrong: such a request goes back to the overview.
import { redirect } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";
import { definePlainAction } from "@/lib/http/form-action";
import { localePath } from "@/lib/i18n/paths";
import { ZSyncResourceNow, ZSyncSourceNow } from "@/lib/importers/schemas";
import { requestSourceSync, syncImportStateNow } from "@/lib/importers/sync";

const back = (locale: "en" | "fi" | "sv", view: "overview" | "source", source: string, query: string) =>
  localePath(locale, `/admin/imports${view === "source" ? `/${source}` : ""}?${query}`);
const overview = (locale: "en" | "fi" | "sv") => localePath(locale, "/admin/imports");

/** Syncs one resource at once and shows how it went. */
export const syncResourceNow = definePlainAction(
  { role: "ADMIN", schema: ZSyncResourceNow, refused: overview },
  async ({ actor, input }) => {
    // A resource removed since the page was shown: back to the overview, which no longer lists it.
    const synced = await syncImportStateNow(actor, input.stateId).catch((e: unknown) => {
      if (isAppError(e) && e.code === "NOT_FOUND") return null;
      throw e;
    });
    if (!synced) redirect(overview(input.locale));
    redirect(back(input.locale, input.view, input.source, `synced=${input.stateId}`));
  },
);

/** Makes every open resource of a source due; the worker syncs them within a minute. */
export const syncSourceNow = definePlainAction({ role: "ADMIN", schema: ZSyncSourceNow, refused: overview }, async ({ actor, input }) => {
  const count = await requestSourceSync(actor, input.source);
  redirect(back(input.locale, input.view, input.source, `requested=${input.source}&n=${count}`));
});
