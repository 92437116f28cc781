// GET /initiatives/[slug]/badge.svg - embeddable badge with the count and progress
import { AppError } from "@/lib/errors/app-error";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { CORS_HEADERS, publicCacheControl } from "@/lib/http/responses";
import { isLocale } from "@/lib/i18n/locales";
import { badgeSvg } from "@/lib/initiatives/badge";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

export const GET = defineRoute({ access: "public", params: routeParams("locale", "slug") }, async ({ params: { locale, slug } }) => {
  const status = isLocale(locale) ? await cachedInitiativeStatus(slug) : null;
  if (!status || !isLocale(locale)) throw new AppError("NOT_FOUND");
  return new Response(badgeSvg(status, locale), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": publicCacheControl(), ...CORS_HEADERS },
  });
});
