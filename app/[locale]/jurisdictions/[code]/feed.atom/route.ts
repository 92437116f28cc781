// GET /jurisdictions/[code]/feed.atom - developments of every initiative in a jurisdiction
import { feedResponse } from "@/lib/events/feed-response";
import { handle } from "@/lib/http/route";
import { localizedText } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { cachedJurisdiction } from "@/lib/jurisdictions/public";

export const GET = handle<{ locale: string; code: string }>(async (_r, { params }) => {
  const { locale, code } = await params;
  return feedResponse(
    locale,
    { jurisdiction: code },
    { self: `/jurisdictions/${code}/feed.atom`, page: `/jurisdictions/${code}` },
    async ({ locale: l }) =>
      getTranslator(l)("feeds.jurisdictionTitle", { jurisdiction: localizedText((await cachedJurisdiction(code))?.name, l) }),
  );
});
