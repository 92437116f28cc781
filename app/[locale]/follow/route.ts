// POST /follow - the follow form without JavaScript: anonymous visitors go to sign in and come back
// to the page; signed-in people follow and land on /me, which confirms it.
import { currentActor } from "@/lib/auth/session";
import { follow } from "@/lib/follows/follow";
import { ZFollowInput } from "@/lib/follows/schemas";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";

const PAGE: Record<string, string> = { initiative: "/initiatives/", topic: "/topics/", jurisdiction: "/jurisdictions/" };

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "en";
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(env().APP_URL).origin && origin !== new URL(request.url).origin)
    return new Response("Forbidden", { status: 403 });
  const form = await request.formData();
  const input = ZFollowInput.safeParse({ target: form.get("target"), id: form.get("id") });
  if (!input.success) return new Response("Bad request", { status: 400 });
  const to = (path: string) => Response.redirect(new URL(path, env().APP_URL), 303);
  const actor = await currentActor();
  if (!actor) {
    const back = localePath(locale, `${PAGE[input.data.target]}${input.data.id}`);
    return to(`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(back)}`);
  }
  await follow(actor, input.data);
  return to(`${localePath(locale, "/me")}?followed=${encodeURIComponent(`${input.data.target}:${input.data.id}`)}`);
}
