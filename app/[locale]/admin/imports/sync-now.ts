"use server";
// POST actions of the admin imports pages. Server actions are public endpoints: each checks the
// session's role itself (and the domain command checks it again).
import { redirect } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { isAppError } from "@/lib/http/errors";
import { asFormData } from "@/lib/http/form";
import { localePath } from "@/lib/i18n/paths";
import { ZSyncResourceNow, ZSyncSourceNow } from "@/lib/importers/schemas";
import { requestSourceSync, syncImportStateNow } from "@/lib/importers/sync";

const back = (locale: "en" | "fi" | "sv", view: "overview" | "source", source: string, query: string) =>
  localePath(locale, `/admin/imports${view === "source" ? `/${source}` : ""}?${query}`);

/** Hidden fields only a hand-made request can get wrong: such a request goes back to the overview. */
const overview = () => redirect(localePath("en", "/admin/imports"));

/** Syncs one resource at once and shows how it went. */
export async function syncResourceNow(form: unknown) {
  const actor = await guard("ADMIN");
  const parsed = ZSyncResourceNow.safeParse(Object.fromEntries(asFormData(form)));
  if (!parsed.success) return overview();
  const input = parsed.data;
  // A resource removed since the page was shown: back to the overview, which no longer lists it.
  const synced = await syncImportStateNow(actor, input.stateId).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!synced) return overview();
  redirect(back(input.locale, input.view, input.source, `synced=${input.stateId}`));
}

/** Makes every open resource of a source due; the worker syncs them within a minute. */
export async function syncSourceNow(form: unknown) {
  const actor = await guard("ADMIN");
  const parsed = ZSyncSourceNow.safeParse(Object.fromEntries(asFormData(form)));
  if (!parsed.success) return overview();
  const input = parsed.data;
  const count = await requestSourceSync(actor, input.source);
  redirect(back(input.locale, input.view, input.source, `requested=${input.source}&n=${count}`));
}
