// "Compare with …": the other initiatives of this one's topics, each a link to the comparison page.
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import { compareHref, MAX_COMPARED } from "@/lib/compare/schemas";
import type { Locale } from "@/lib/i18n/locales";
import { localizedText } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import type { Translator } from "@/lib/i18n/translator";
import { cachedTopicNeighbours } from "@/lib/topics/public";

export async function CompareLinks({ status, locale, t }: { status: TInitiativeStatus; locale: Locale; t: Translator }) {
  const others = await cachedTopicNeighbours(
    status.slug,
    status.topics.map((topic) => topic.slug),
    MAX_COMPARED - 1,
  );
  if (!others.length) return null;
  return (
    <ul className="small" data-testid="compare-links">
      {others.map((other) => (
        <li key={other.slug}>
          <a href={localePath(locale, compareHref([status.slug, other.slug]))}>
            {t("pictures.compareWith", { title: localizedText(other.title, locale) })}
          </a>
        </li>
      ))}
    </ul>
  );
}
