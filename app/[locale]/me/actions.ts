"use server";
// Server actions of the account pages. Each is a public POST endpoint: each identifies the person
// again and the domain function checks them.
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/auth";
import { guard } from "@/lib/auth/guard";
import { unfollow } from "@/lib/follows/follow";
import { ZFollowInput } from "@/lib/follows/schemas";
import { asFormData } from "@/lib/http/form";
import { isLocale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { savePreferences } from "@/lib/notifications/preferences";
import { markRead } from "@/lib/notifications/queries";
import { CHANNELS, EVENT_KINDS } from "@/lib/notifications/kinds";

const field = (form: unknown, name: string) => asFormData(form).get(name);

function localeOf(form: unknown) {
  const l = field(form, "locale");
  return isLocale(l) ? l : "en";
}

export async function signOutAction(form: FormData) {
  await guard("USER");
  await signOut({ redirectTo: localePath(localeOf(form), "/") });
}

export async function unfollowAction(form: FormData) {
  const actor = await guard("USER");
  const input = ZFollowInput.safeParse({ target: field(form, "target"), id: field(form, "id") });
  if (input.success) await unfollow(actor, input.data);
  redirect(`${localePath(localeOf(form), "/me")}?unfollowed=1`);
}

export async function savePreferencesAction(form: FormData) {
  const actor = await guard("USER");
  const input = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, CHANNELS.filter((c) => field(form, `${kind}.${c}`) === "on")]));
  await savePreferences(actor, input);
  redirect(`${localePath(localeOf(form), "/me/preferences")}?saved=1`);
}

export async function markReadAction(form: FormData) {
  const actor = await guard("USER");
  const id = field(form, "id");
  await markRead(actor, typeof id === "string" ? { ids: [id] } : { all: true });
  redirect(localePath(localeOf(form), "/me/notifications"));
}
