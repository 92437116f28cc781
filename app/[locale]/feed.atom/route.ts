// GET /feed.atom - everything: thresholds reached, stage changes, official responses
import { feedResponse } from "@/lib/http/feed-response";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { getTranslator } from "@/lib/i18n/translator";

export const GET = defineRoute({ access: "public", params: routeParams("locale") }, async ({ params: { locale } }) => {
  return feedResponse(locale, {}, { self: "/feed.atom", page: "/" }, ({ locale: l }) => getTranslator(l)("feeds.allTitle"));
});
