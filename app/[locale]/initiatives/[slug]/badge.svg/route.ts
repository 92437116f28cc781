// GET /initiatives/[slug]/badge.svg - embeddable badge with the count and progress
import { AppError } from "@/lib/http/errors";
import { CORS_HEADERS, handle, publicCacheControl } from "@/lib/http/route";
import { isLocale } from "@/lib/i18n/locales";
import { badgeSvg } from "@/lib/initiatives/badge";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

export const GET = handle<{ locale: string; slug: string }>(async (_r, { params }) => {
  const { locale, slug } = await params;
  const status = isLocale(locale) ? await cachedInitiativeStatus(slug) : null;
  if (!status || !isLocale(locale)) throw new AppError("NOT_FOUND");
  return new Response(badgeSvg(status, locale), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": publicCacheControl(), ...CORS_HEADERS },
  });
});
