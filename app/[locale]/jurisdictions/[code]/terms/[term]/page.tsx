// GET /jurisdictions/[code]/terms/[term] - an electoral term ("2019-2023"): the initiatives handed
// to the legislature during it and what became of each (decided, lapsed at the term's end, withdrawn).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Loc } from "@/app/_components/loc";
import { localizedText } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/translator";
import { cachedTermArchive } from "@/lib/jurisdictions/public";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; code: string; term: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await localeFrom(params);
  const { code, term } = await params;
  const archive = await cachedTermArchive(code, term);
  return archive ? { title: t("rules.termTitle", { body: localizedText(archive.term.body, locale), key: archive.term.key }) } : {};
}

export default async function TermPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const { code, term } = await params;
  const archive = await cachedTermArchive(code, term);
  if (!archive) notFound();
  const body = localizedText(archive.term.body, locale);
  const date = (iso: string) => formatDate(iso, locale, "UTC");
  return (
    <>
      <span className="caption">
        <a href={localePath(locale, `/jurisdictions/${code}`)}>
          <Loc value={archive.jurisdiction.name} locale={locale} />
        </a>
      </span>
      <h1>{t("rules.termTitle", { body, key: archive.term.key })}</h1>
      <p className="lead">{t("rules.termLead", { body, from: date(archive.term.startsOn), to: date(archive.term.endsOn) })}</p>
      {archive.term.sourceUrl ? (
        <p>
          <a href={archive.term.sourceUrl}>{t("rules.termOfficial")}</a>
        </p>
      ) : null}
      <h2>{t("rules.termArchive")}</h2>
      {archive.initiatives.length === 0 ? <p className="muted">{t("rules.termNone", { body })}</p> : null}
      <ul className="card-list">
        {archive.initiatives.map((i) => (
          <li key={i.slug} className="card" data-testid="term-initiative">
            <h3>
              <a href={localePath(locale, `/initiatives/${i.slug}`)}>
                <Loc value={i.title} locale={locale} />
              </a>
            </h3>
            <p className="small">{t("rules.termSubmitted", { date: date(i.submittedAt) })}</p>
            <p>
              <strong className={i.outcome === "pending" ? "tag tag-grey" : "tag"}>{t(`rules.termOutcomes.${i.outcome}`)}</strong>{" "}
              <Loc value={i.stage.label} locale={locale} /> ({date(i.stage.at)})
              {i.stage.sourceUrl ? (
                <>
                  {" · "}
                  <a href={i.stage.sourceUrl}>{t("rules.source")}</a>
                </>
              ) : null}
            </p>
            {i.outcome === "lapsed" ? <p className="small muted">{t("rules.termLapseBasis")}</p> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
