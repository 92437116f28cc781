// POST /auth/signin/email - requests a magic link: same-origin forms only, rate limited per IP and
// per address (429 page when over), then Auth.js sends the link and the visitor is told to check
// their email.
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallback } from "@/lib/auth/callback";
import { clientIp, consumeSignInAttempt } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors/app-error";
import { KB } from "@/lib/http/body";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { simplePage } from "@/lib/http/simple-page";
import { localeOf } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";

const ZEmail = z.string().trim().toLowerCase().email().max(254);
/** The form as posted; the address is judged below (a bad one goes back to the form, not to an error page). */
const ZSignInForm = z.object({ email: z.unknown(), callbackUrl: z.unknown() });

export const POST = defineRoute(
  { access: "public", params: routeParams("locale"), body: ZSignInForm, bodyType: "form", maxBodyBytes: 4 * KB, errors: "html" },
  async ({ request, params, body }) => {
    const locale = localeOf(params.locale);
    const t = getTranslator(locale);
    const callbackUrl = safeCallback(body.callbackUrl, localePath(locale, "/me"));
    const email = ZEmail.safeParse(body.email);
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
  },
);
