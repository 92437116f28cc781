// GET /topics - subjects followed across jurisdictions
import type { Metadata } from "next";
import { Loc } from "@/app/_components/loc";
import { cachedTopics } from "@/lib/topics/public";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("rules.topicsTitle"), description: t("rules.topicsLead") };
}

export default async function TopicsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFrom(params);
  const topics = await cachedTopics();
  return (
    <>
      <h1>{t("rules.topicsTitle")}</h1>
      <p className="lead">{t("rules.topicsLead")}</p>
      <ul className="card-list">
        {topics.map((topic) => (
          <li key={topic.slug} className="card">
            <h2>
              <a href={localePath(locale, `/topics/${topic.slug}`)}>
                <Loc value={topic.name} locale={locale} />
              </a>
            </h2>
            {topic.description ? (
              <p>
                <Loc value={topic.description} locale={locale} />
              </p>
            ) : null}
            <p className="card-meta">{t("rules.count", { count: topic.initiativeCount })}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
