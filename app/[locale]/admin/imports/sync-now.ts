"use server";
// POST actions of the admin imports pages. Server actions are public endpoints: each checks the
// session's role itself (and the domain command checks it again).
import { redirect } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { localePath } from "@/lib/i18n/paths";
import { ZSyncResourceNow, ZSyncSourceNow } from "@/lib/importers/schemas";
import { requestSourceSync, syncImportStateNow } from "@/lib/importers/sync";

const back = (locale: "en" | "fi" | "sv", view: "overview" | "source", source: string, query: string) =>
  localePath(locale, `/admin/imports${view === "source" ? `/${source}` : ""}?${query}`);

/** The form's fields; anything that is not a form (a hand-made request) reads as empty. */
const fields = (form: unknown) => (form instanceof FormData ? Object.fromEntries(form) : {});

/** Hidden fields only a hand-made request can get wrong: such a request goes back to the overview. */
const overview = () => redirect(localePath("en", "/admin/imports"));

/** Syncs one resource at once and shows how it went. */
export async function syncResourceNow(form: unknown) {
  const actor = await guard("ADMIN");
  const parsed = ZSyncResourceNow.safeParse(fields(form));
  if (!parsed.success) return overview();
  const input = parsed.data;
  await syncImportStateNow(actor, input.stateId);
  redirect(back(input.locale, input.view, input.source, `synced=${input.stateId}`));
}

/** Makes every open resource of a source due; the worker syncs them within a minute. */
export async function syncSourceNow(form: unknown) {
  const actor = await guard("ADMIN");
  const parsed = ZSyncSourceNow.safeParse(fields(form));
  if (!parsed.success) return overview();
  const input = parsed.data;
  const count = await requestSourceSync(actor, input.source);
  redirect(back(input.locale, input.view, input.source, `requested=${input.source}&n=${count}`));
}
