"use server";
// POST actions of the admin imports pages. Server actions are public endpoints: each checks the
// session's role itself (and the domain command checks it again).
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { parseInput } from "@/lib/http/parse";
import { localePath } from "@/lib/i18n/paths";
import { ZSyncResourceNow, ZSyncSourceNow } from "@/lib/importers/schemas";
import { requestSourceSync, syncImportStateNow } from "@/lib/importers/sync";

const back = (locale: "en" | "fi" | "sv", view: "overview" | "source", source: string, query: string) =>
  localePath(locale, `/admin/imports${view === "source" ? `/${source}` : ""}?${query}`);

/** Syncs one resource at once and shows how it went. */
export async function syncResourceNow(form: FormData) {
  const actor = requireRole(await currentActor(), "ADMIN");
  const input = parseInput(ZSyncResourceNow, Object.fromEntries(form));
  await syncImportStateNow(actor, input.stateId);
  redirect(back(input.locale, input.view, input.source, `synced=${input.stateId}`));
}

/** Makes every open resource of a source due; the worker syncs them within a minute. */
export async function syncSourceNow(form: FormData) {
  const actor = requireRole(await currentActor(), "ADMIN");
  const input = parseInput(ZSyncSourceNow, Object.fromEntries(form));
  const count = await requestSourceSync(actor, input.source);
  redirect(back(input.locale, input.view, input.source, `requested=${input.source}&n=${count}`));
}
