// GET /initiatives/[slug]/calendar.ics - deadline, scheduled debates and hearings, statutory due dates
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { CORS_HEADERS, publicCacheControl } from "@/lib/http/responses";
import { isLocale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { initiativeCalendar } from "@/lib/initiatives/calendar";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

export const GET = defineRoute({ access: "public", params: routeParams("locale", "slug") }, async ({ params: { locale, slug } }) => {
  const status = isLocale(locale) ? await cachedInitiativeStatus(slug) : null;
  if (!status || !isLocale(locale)) throw new AppError("NOT_FOUND");
  const body = initiativeCalendar(status, locale, new URL(localePath(locale, status.path), env().APP_URL).toString());
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${slug}.ics"`,
      "Cache-Control": publicCacheControl(),
      ...CORS_HEADERS,
    },
  });
});
