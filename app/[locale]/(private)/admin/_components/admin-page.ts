// What every admin page starts with: the guard (401/403 before anything renders), the locale and
// its translator. Pages call it themselves; the layout's check is not enough on its own, because
// Next renders layouts and pages independently.
import "server-only";
import { notFound } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { getAdminInitiative } from "@/lib/initiatives/admin-queries";
import { isAppError } from "@/lib/errors/app-error";
import type { TRole, UserActor } from "@/lib/auth/actor";
import { localeFrom } from "@/lib/i18n/server";

export async function adminPage(params: Promise<{ locale: string }>, role: TRole) {
  const actor = await guard(role);
  const { locale, t } = await localeFrom(params);
  return { actor, locale, t };
}

/** The initiative an admin page is about; an unknown slug is a 404 (after the guard ran). */
export async function adminInitiative(actor: UserActor, params: Promise<{ slug: string }>) {
  const { slug } = await params;
  try {
    return await getAdminInitiative(actor, slug);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
