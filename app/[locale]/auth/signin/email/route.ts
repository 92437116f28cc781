// POST /auth/signin/email - requests a magic link from the sign-in form (works without JavaScript).
// The guard (lib/auth/sign-in-guard.ts) checks Origin, the address and the limits; then Auth.js
// sends the link and the visitor is told to check their email. A bad address goes back to the
// form with the reason; over a limit is a 429 page.
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallback } from "@/lib/auth/callback";
import { guardSignInEmail } from "@/lib/auth/sign-in-guard";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors/app-error";
import { KB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { simplePage } from "@/lib/http/simple-page";
import { localeOf } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";

/** The form as posted; the guard judges the address (a bad one goes back to the form, not to an error page). */
const ZSignInForm = z.object({ email: z.unknown(), callbackUrl: z.unknown() });

export const POST = defineRoute(
  { access: "public", params: routeParams("locale"), body: ZSignInForm, bodyType: "form", maxBodyBytes: 16 * KB, errors: "html" },
  async ({ request, params, body }) => {
    const locale = localeOf(params.locale);
    const t = getTranslator(locale);
    const page = (status: number, title: string, text: string, headers: Record<string, string> = {}) =>
      new Response(
        simplePage({
          lang: locale,
          title,
          paragraphs: [text],
          link: { href: localePath(locale, "/auth/signin"), label: t("account.askAgain") },
        }),
        { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", ...headers } },
      );
    const callbackUrl = safeCallback(body.callbackUrl, localePath(locale, "/me"));
    const back = (reason: string) =>
      Response.redirect(
        new URL(`${localePath(locale, "/auth/signin")}?${new URLSearchParams({ error: reason, callbackUrl })}`, env().APP_URL),
        303,
      );
    let email: string;
    try {
      email = await guardSignInEmail(request, body.email);
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
  },
);
