// POST /auth/signin/email - requests a magic link: same-origin forms only, rate limited per IP and
// per address (429 page when over), then Auth.js sends the link and the visitor is told to check
// their email.
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { clientIp, consumeSignInAttempt } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/http/errors";
import { simplePage } from "@/lib/http/simple-page";
import { isLocale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";
import { safeCallback } from "@/lib/auth/callback";

const ZEmail = z.string().trim().toLowerCase().email().max(254);

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "en";
  const t = getTranslator(locale);
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(env().APP_URL).origin && origin !== new URL(request.url).origin) {
    return new Response("Forbidden", { status: 403 });
  }
  const form = await request.formData();
  const callbackUrl = safeCallback(form.get("callbackUrl"), localePath(locale, "/me"));
  const email = ZEmail.safeParse(form.get("email"));
  const back = (query: string) => Response.redirect(new URL(`${localePath(locale, "/auth/signin")}?${query}`, env().APP_URL), 303);
  if (!email.success) return back(new URLSearchParams({ error: "email", callbackUrl }).toString());
  try {
    await consumeSignInAttempt(clientIp(request), email.data);
  } catch (e) {
    if (isAppError(e) && e.code === "RATE_LIMITED") {
      const seconds = Number(e.details?.retryAfter ?? 60);
      const html = simplePage({
        lang: locale,
        title: t("account.tooManyTitle"),
        paragraphs: [t("account.tooManyBody", { minutes: Math.max(1, Math.ceil(seconds / 60)) })],
        link: { href: localePath(locale, "/"), label: t("nav.home") },
      });
      return new Response(html, {
        status: 429,
        headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(seconds), "Cache-Control": "private, no-store" },
      });
    }
    throw e;
  }
  await signIn("email", { email: email.data, redirect: false, redirectTo: callbackUrl });
  return Response.redirect(new URL(localePath(locale, "/auth/check-email"), env().APP_URL), 303);
}
