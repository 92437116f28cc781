"use server";
// Server actions of the account pages (plain forms: each redirects when done). Each is a public
// POST endpoint: the wrapper identifies the person again and the domain function checks them.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { deleteAccount } from "@/lib/account/delete-account";
import { signOut } from "@/lib/auth/auth";
import { toAppError } from "@/lib/errors/to-app-error";
import { setFollowKinds, unfollow } from "@/lib/follows/follow";
import { ZFollowInput } from "@/lib/follows/schemas";
import { definePlainAction } from "@/lib/http/form-action";
import { localePath } from "@/lib/i18n/paths";
import { savePreferences } from "@/lib/notifications/preferences";
import { markRead, ZMarkReadForm } from "@/lib/notifications/queries";
import { CHANNELS, EVENT_KINDS } from "@/lib/notifications/kinds";

const me = (path: string) => (locale: Parameters<typeof localePath>[0]) => localePath(locale, path);

export const signOutAction = definePlainAction({ role: "USER", refused: me("/") }, async ({ locale }) => {
  await signOut({ redirectTo: localePath(locale, "/") });
});

export const unfollowAction = definePlainAction(
  { role: "USER", schema: ZFollowInput, refused: me("/me") },
  async ({ actor, input, locale }) => {
    await unfollow(actor, input);
    redirect(`${localePath(locale, "/me")}?unfollowed=1`);
  },
);

export const savePreferencesAction = definePlainAction(
  { role: "USER", refused: me("/me/preferences") },
  async ({ actor, form, locale }) => {
    // Checkboxes named "<kind>.<channel>": a ticked one is sent as "on", an unticked one not at all.
    const input = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, CHANNELS.filter((c) => form.get(`${kind}.${c}`) === "on")]));
    await savePreferences(actor, input);
    redirect(`${localePath(locale, "/me/preferences")}?saved=1`);
  },
);

export const markReadAction = definePlainAction(
  { role: "USER", schema: ZMarkReadForm, refused: me("/me/notifications") },
  async ({ actor, input, locale }) => {
    await markRead(actor, input.id ? { ids: [input.id] } : { all: true });
    redirect(localePath(locale, "/me/notifications"));
  },
);

export const setFollowKindsAction = definePlainAction({ role: "USER", refused: me("/me") }, async ({ actor, form, locale }) => {
  // Checkboxes named "eventKinds": each ticked one is sent once; the command checks them.
  const input = { target: form.get("target"), id: form.get("id"), eventKinds: form.getAll("eventKinds") };
  await setFollowKinds(actor, input);
  redirect(`${localePath(locale, "/me")}?kinds=${encodeURIComponent(`${String(input.target)}:${String(input.id)}`)}`);
});

export const deleteAccountAction = definePlainAction({ role: "USER", refused: me("/me/data") }, async ({ actor, input, ctx, locale }) => {
  try {
    await deleteAccount(actor, input, ctx);
  } catch (e) {
    // A confirmation that does not match (or the last admin) is shown on the page, per field.
    const code = toAppError(e)?.issues?.[0]?.code;
    if (code) redirect(`${localePath(locale, "/me/data")}?error=${code}`);
    throw e;
  }
  // The sessions went with the person; their cookie goes too (Auth.js's names, over http and https).
  const jar = await cookies();
  for (const name of ["authjs.session-token", "__Secure-authjs.session-token"])
    if (jar.has(name)) jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  redirect(`${localePath(locale, "/privacy")}?deleted=1`);
});
