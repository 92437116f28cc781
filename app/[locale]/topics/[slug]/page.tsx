// GET /topics/[slug] - a topic's initiatives across jurisdictions and a timeline of what happened,
// including decisions taken outside any tracked initiative (each with its source). A large topic
// shows its newest initiatives (lib/topics/queries.ts, TOPIC_PAGE_INITIATIVES) and links to the
// list filtered by the topic for all of them.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InitiativeCard } from "@/app/_components/initiative-card";
import { FollowBox } from "@/app/_components/follow-box";
import { Loc } from "@/app/_components/loc";
import { cachedTopic } from "@/lib/topics/public";
import { localizedText } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { formatDate, formatNumber, regionName } from "@/lib/i18n/translator";
import { compareHref, MAX_COMPARED } from "@/lib/compare/schemas";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeFrom(params);
  const page = await cachedTopic((await params).slug);
  return page
    ? { title: localizedText(page.topic.name, locale), description: localizedText(page.topic.description, locale) || undefined }
    : {};
}

export default async function TopicPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const { slug } = await params;
  const page = await cachedTopic(slug);
  if (!page) notFound();
  const where = (code: string | null) => (code ? (/^[A-Z]{2}$/.test(code) ? regionName(code, locale) : code.toUpperCase()) : "");
  return (
    <>
      <h1>
        <Loc value={page.topic.name} locale={locale} />
      </h1>
      {page.topic.description ? (
        <p className="lead">
          <Loc value={page.topic.description} locale={locale} />
        </p>
      ) : null}
      <div className="grid grid-2">
        <section aria-labelledby="timeline">
          <h2 id="timeline">{t("rules.timeline")}</h2>
          <ol className="ladder">
            {page.timeline.map((e, i) => (
              <li key={`${e.at}-${i}`} className={e.kind === "external" ? undefined : "reached"}>
                <span className="when">
                  {formatDate(e.at, locale, "Europe/Helsinki")} · {t(`rules.timelineKinds.${e.kind}`)} · {where(e.jurisdiction)}
                </span>
                <strong>
                  {e.initiativeSlug ? (
                    <a href={localePath(locale, `/initiatives/${e.initiativeSlug}`)}>
                      <Loc value={e.initiativeTitle} locale={locale} />
                    </a>
                  ) : (
                    <Loc value={e.title} locale={locale} />
                  )}
                </strong>
                {e.initiativeSlug ? (
                  <>
                    {": "}
                    <Loc value={e.title} locale={locale} />
                  </>
                ) : null}
                {e.body ? (
                  <span className="when">
                    <Loc value={e.body} locale={locale} />
                  </span>
                ) : null}
                {e.sourceUrl && !e.initiativeSlug ? (
                  <span className="when">
                    <a href={e.sourceUrl}>{t("rules.source")}</a>
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
          <p>
            <a href={localePath(locale, `/topics/${slug}/feed.atom`)}>{t("rules.feed")}</a>
          </p>
        </section>
        <section aria-labelledby="topic-initiatives">
          <FollowBox locale={locale} t={t} target="topic" id={slug} />
          <h2 id="topic-initiatives">{t("rules.initiativesTitle")}</h2>
          {page.topic.initiativeCount > page.initiatives.length ? (
            <p data-testid="topic-shown">
              {t("rules.topicShown", {
                shown: formatNumber(page.initiatives.length, locale),
                total: formatNumber(page.topic.initiativeCount, locale),
              })}{" "}
              <a href={`${localePath(locale, "/initiatives")}?topic=${encodeURIComponent(slug)}&sort=newest`}>
                {t("rules.topicSeeAll", { total: formatNumber(page.topic.initiativeCount, locale) })}
              </a>
            </p>
          ) : null}
          <ul className="card-list">
            {page.initiatives.map((i) => (
              <InitiativeCard key={i.slug} initiative={i} locale={locale} t={t} />
            ))}
          </ul>
          {page.initiatives.length > 1 ? (
            <p>
              <a
                href={localePath(locale, compareHref(page.initiatives.slice(0, MAX_COMPARED).map((i) => i.slug)))}
                data-testid="compare-topic"
              >
                {t("pictures.compareTopic")}
              </a>
            </p>
          ) : null}
        </section>
      </div>
    </>
  );
}
