// GET /topics/[slug]/feed.atom - developments of every initiative on a topic
import { feedResponse } from "@/lib/events/feed-response";
import { handle } from "@/lib/http/route";
import { localizedText } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { cachedTopic } from "@/lib/topics/public";

export const GET = handle<{ locale: string; slug: string }>(async (_r, { params }) => {
  const { locale, slug } = await params;
  return feedResponse(locale, { topic: slug }, { self: `/topics/${slug}/feed.atom`, page: `/topics/${slug}` }, async ({ locale: l }) =>
    getTranslator(l)("feeds.topicTitle", { topic: localizedText((await cachedTopic(slug))?.topic.name, l) }),
  );
});
