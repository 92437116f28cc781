// POST /auth/signin/email - requests a magic link from the sign-in form (works without JavaScript).
// The guard (lib/auth/sign-in-guard.ts) checks Origin, the address and the limits; then Auth.js
// sends the link and the visitor is told to check their email. A bad address goes back to the
// form with the reason; over a limit is a 429 page.
import { signIn } from "@/lib/auth/auth";
import { safeCallback } from "@/lib/auth/callback";
import { guardSignInEmail } from "@/lib/auth/sign-in-guard";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/http/errors";
import { simplePage } from "@/lib/http/simple-page";
import { isLocale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";

const MAX_FORM_BYTES = 16 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : "en";
  const t = getTranslator(locale);
  const page = (status: number, title: string, body: string, headers: Record<string, string> = {}) =>
    new Response(
      simplePage({
        lang: locale,
        title,
        paragraphs: [body],
        link: { href: localePath(locale, "/auth/signin"), label: t("account.askAgain") },
      }),
      {
        status,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", ...headers },
      },
    );
  if (Number(request.headers.get("content-length") ?? 0) > MAX_FORM_BYTES)
    return page(413, t("account.errorTitle"), t("account.errorGeneric"));
  const form = await request.formData().catch(() => new FormData());
  const callbackUrl = safeCallback(form.get("callbackUrl"), localePath(locale, "/me"));
  const back = (reason: string) =>
    Response.redirect(
      new URL(`${localePath(locale, "/auth/signin")}?${new URLSearchParams({ error: reason, callbackUrl })}`, env().APP_URL),
      303,
    );
  let email: string;
  try {
    email = await guardSignInEmail(request, form.get("email"));
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.code === "INVALID_INPUT") return back(String(e.details?.reason ?? "format"));
    if (e.code === "RATE_LIMITED") {
      const seconds = Number(e.details?.retryAfter ?? 60);
      return page(429, t("account.tooManyTitle"), t("account.tooManyBody", { minutes: Math.max(1, Math.ceil(seconds / 60)) }), {
        "Retry-After": String(seconds),
      });
    }
    return page(e.status, t("account.errorTitle"), t("account.forbiddenOrigin"));
  }
  await signIn("email", { email, redirect: false, redirectTo: callbackUrl });
  return Response.redirect(new URL(localePath(locale, "/auth/check-email"), env().APP_URL), 303);
}
