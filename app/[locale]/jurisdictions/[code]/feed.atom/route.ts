// GET /jurisdictions/[code]/feed.atom - developments of every initiative in a jurisdiction
import { feedResponse } from "@/lib/http/feed-response";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { localizedText } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { cachedJurisdiction } from "@/lib/jurisdictions/public";

export const GET = defineRoute({ access: "public", params: routeParams("locale", "code") }, async ({ params: { locale, code } }) => {
  return feedResponse(
    locale,
    { jurisdiction: code },
    { self: `/jurisdictions/${code}/feed.atom`, page: `/jurisdictions/${code}` },
    async ({ locale: l }) =>
      getTranslator(l)("feeds.jurisdictionTitle", { jurisdiction: localizedText((await cachedJurisdiction(code))?.name, l) }),
  );
});
