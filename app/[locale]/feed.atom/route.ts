// GET /feed.atom - everything: thresholds reached, stage changes, official responses
import { feedResponse } from "@/lib/events/feed-response";
import { handle } from "@/lib/http/route";
import { getTranslator } from "@/lib/i18n/translator";

export const GET = handle<{ locale: string }>(async (_r, { params }) => {
  const { locale } = await params;
  return feedResponse(locale, {}, { self: "/feed.atom", page: "/" }, ({ locale: l }) => getTranslator(l)("feeds.allTitle"));
});
