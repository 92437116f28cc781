import "server-only";
// Shared by the Atom feed route handlers: scope -> cached events -> Atom in the route's language.
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { CORS_HEADERS, publicCacheControl } from "@/lib/http/route";
import { isLocale } from "@/lib/i18n/locales";
import { atomFeed } from "./atom";
import type { FeedScope } from "./feed";
import { cachedFeedEvents } from "./public";

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
