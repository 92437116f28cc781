// GET /initiatives/[slug]/feed.atom - one initiative's developments
import { feedResponse } from "@/lib/http/feed-response";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { localizedText } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

export const GET = defineRoute({ access: "public", params: routeParams("locale", "slug") }, async ({ params: { locale, slug } }) => {
  return feedResponse(
    locale,
    { initiative: slug },
    { self: `/initiatives/${slug}/feed.atom`, page: `/initiatives/${slug}` },
    async ({ locale: l }) =>
      getTranslator(l)("feeds.initiativeTitle", { title: localizedText((await cachedInitiativeStatus(slug))?.title, l) }),
  );
});
