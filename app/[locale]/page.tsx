// GET / - the front page: initiatives close to a threshold, growing fastest, recently answered and
// closing soon. Rendered from the cache (ISR), invalidated when any initiative changes.
import { InitiativeCard } from "@/app/_components/initiative-card";
import { cachedHomeSections } from "@/lib/initiatives/public";
import type { TInitiativeSummary } from "@/lib/initiatives/dto";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translator";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

function Section({
  id,
  title,
  items,
  locale,
  t,
}: {
  id: string;
  title: string;
  items: TInitiativeSummary[];
  locale: Locale;
  t: Translator;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length ? (
        <ul className="card-list">
          {items.map((i) => (
            <InitiativeCard key={i.slug} initiative={i} locale={locale} t={t} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t("home.nothingHere")}</p>
      )}
    </section>
  );
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFrom(params);
  const sections = await cachedHomeSections();
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <p>
        <a className="button" href={localePath(locale, "/initiatives")}>
          {t("home.browseAll")}
        </a>
      </p>
      <div className="grid grid-halves">
        <Section id="close" title={t("home.closeToThreshold")} items={sections.closeToThreshold} locale={locale} t={t} />
        <Section id="growing" title={t("home.fastestGrowing")} items={sections.fastestGrowing} locale={locale} t={t} />
        <Section id="answered" title={t("home.recentlyAnswered")} items={sections.recentlyAnswered} locale={locale} t={t} />
        <Section id="closing" title={t("home.closingSoon")} items={sections.closingSoon} locale={locale} t={t} />
      </div>
      <Section id="updated" title={t("home.recentlyUpdated")} items={sections.recentlyUpdated} locale={locale} t={t} />
    </>
  );
}
