import "server-only";
// Shared by the Atom feed route handlers: scope -> cached events -> Atom in the route's language.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { CORS_HEADERS, publicCacheControl } from "@/lib/http/responses";
import { isLocale } from "@/lib/i18n/locales";
import { atomFeed } from "@/lib/events/atom";
import type { FeedScope } from "@/lib/events/feed";
import { cachedFeedEvents } from "@/lib/events/public";

export async function feedResponse(
  localeParam: string,
  scope: FeedScope,
  paths: { self: string; page: string },
  title: (t: { locale: "en" | "fi" | "sv" }) => Promise<string> | string,
): Promise<Response> {
  if (!isLocale(localeParam)) throw new AppError("NOT_FOUND");
  const events = await cachedFeedEvents(scope);
  if (!events) throw new AppError("NOT_FOUND", { userMessage: "There is no such feed." });
  const body = atomFeed({
    events,
    locale: localeParam,
    appUrl: env().APP_URL,
    title: await title({ locale: localeParam }),
    selfPath: paths.self,
    pagePath: paths.page,
  });
  return new Response(body, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": publicCacheControl(), ...CORS_HEADERS },
  });
}
