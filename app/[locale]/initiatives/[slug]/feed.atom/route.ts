// GET /initiatives/[slug]/feed.atom - one initiative's developments
import { feedResponse } from "@/lib/events/feed-response";
import { handle } from "@/lib/http/route";
import { localizedText } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";

export const GET = handle<{ locale: string; slug: string }>(async (_r, { params }) => {
  const { locale, slug } = await params;
  return feedResponse(
    locale,
    { initiative: slug },
    { self: `/initiatives/${slug}/feed.atom`, page: `/initiatives/${slug}` },
    async ({ locale: l }) =>
      getTranslator(l)("feeds.initiativeTitle", { title: localizedText((await cachedInitiativeStatus(slug))?.title, l) }),
  );
});
