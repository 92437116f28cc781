// GET /topics/[slug]/feed.atom - developments of every initiative on a topic
import { feedResponse } from "@/lib/http/feed-response";
import { defineRoute } from "@/lib/http/define-route";
import { routeParams } from "@/lib/http/params";
import { localizedText } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { cachedTopic } from "@/lib/topics/public";

export const GET = defineRoute({ access: "public", params: routeParams("locale", "slug") }, async ({ params: { locale, slug } }) => {
  return feedResponse(locale, { topic: slug }, { self: `/topics/${slug}/feed.atom`, page: `/topics/${slug}` }, async ({ locale: l }) =>
    getTranslator(l)("feeds.topicTitle", { topic: localizedText((await cachedTopic(slug))?.topic.name, l) }),
  );
});
