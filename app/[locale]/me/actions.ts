"use server";
// Server actions of the account pages. Each is a public POST endpoint: each identifies the person
// again and the domain function checks them.
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/session";
import { unfollow } from "@/lib/follows/follow";
import { ZFollowInput } from "@/lib/follows/schemas";
import { parseInput } from "@/lib/http/parse";
import { isLocale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { savePreferences } from "@/lib/notifications/preferences";
import { markRead } from "@/lib/notifications/queries";
import { CHANNELS, EVENT_KINDS } from "@/lib/notifications/kinds";

function localeOf(form: FormData) {
  const l = form.get("locale");
  return isLocale(l) ? l : "en";
}

export async function signOutAction(form: FormData) {
  await signOut({ redirectTo: localePath(localeOf(form), "/") });
}

export async function unfollowAction(form: FormData) {
  const input = parseInput(ZFollowInput, { target: form.get("target"), id: form.get("id") });
  await unfollow(await currentActor(), input);
  redirect(`${localePath(localeOf(form), "/me")}?unfollowed=1`);
}

export async function savePreferencesAction(form: FormData) {
  const input = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, CHANNELS.filter((c) => form.get(`${kind}.${c}`) === "on")]));
  await savePreferences(await currentActor(), input);
  redirect(`${localePath(localeOf(form), "/me/preferences")}?saved=1`);
}

export async function markReadAction(form: FormData) {
  const id = form.get("id");
  await markRead(await currentActor(), typeof id === "string" ? { ids: [id] } : { all: true });
  redirect(localePath(localeOf(form), "/me/notifications"));
}
