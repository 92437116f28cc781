// GET /initiatives/[slug]/embed - the widget newsrooms frame: plain HTML, no JavaScript
// (lib/initiatives/embed.ts). Any site may frame it; cached like the status page (the status is
// a tagged cached read, the response public for a CDN).
import { AppError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { publicCacheControl } from "@/lib/http/responses";
import { isLocale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { embedHtml } from "@/lib/initiatives/embed";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

export const GET = defineRoute({ access: "public", params: routeParams("locale", "slug") }, async ({ params: { locale, slug } }) => {
  const status = isLocale(locale) ? await cachedInitiativeStatus(slug) : null;
  if (!status || status.withdrawal || !isLocale(locale)) throw new AppError("NOT_FOUND");
  const pageUrl = new URL(localePath(locale, status.path), env().APP_URL).toString();
  return new Response(embedHtml(status, locale, pageUrl), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": publicCacheControl() },
  });
});
