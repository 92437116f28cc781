// GET /initiatives/[slug] - the public status page. Rendered once per change (ISR), never querying
// the database per view; a count, stage or response written anywhere invalidates it on commit.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Loc } from "@/app/_components/loc";
import { sourceLabel } from "@/app/_components/labels";
import { stageTagClass } from "@/app/_components/initiative-card";
import { cachedInitiativeStatus } from "@/lib/initiatives/public";
import { localizedText } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { formatDate, formatDateTime, formatNumber, regionName } from "@/lib/i18n/translator";
import { intlLocale } from "@/lib/i18n/format";
import { env } from "@/lib/env";
import { FollowBox } from "@/app/_components/follow-box";
import { LiveCount } from "@/app/_components/live-count";
import { Forecast } from "./_components/forecast";
import { EmbedSnippet, OpenDataLinks, ShareLinks, Withdrawn } from "./_components/extras";
import { HistoryChart } from "./_components/history-chart";
import { Clocks, Ladder, Responses } from "./_components/process";
import { Thresholds } from "./_components/thresholds";
import { hasConstituencyData } from "@/lib/maps/uk";
import { CompareLinks } from "./_components/compare-links";

export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await localeFrom(params);
  const { slug } = await params;
  const status = await cachedInitiativeStatus(slug);
  if (!status) return { title: t("errors.notFoundTitle") };
  const title = localizedText(status.title, locale);
  const count = status.latestTotal ? t("initiative.signatures", { count: status.latestTotal.value }) : t("initiative.noCount");
  return {
    title,
    description: `${count}. ${localizedText(status.summary, locale).slice(0, 200)}`,
    alternates: {
      canonical: localePath(locale, status.path),
      types: { "application/atom+xml": `${localePath(locale, status.path)}/feed.atom` },
    },
    openGraph: { title, description: count, type: "article" },
  };
}

export default async function StatusPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const { slug } = await params;
  const status = await cachedInitiativeStatus(slug);
  if (!status) notFound();
  if (status.withdrawal) return <Withdrawn status={status} locale={locale} t={t} />;
  const tz = status.timeZone;
  const total = status.latestTotal;
  const pageUrl = new URL(localePath(locale, status.path), env().APP_URL).toString();

  return (
    <article>
      <span className="caption">
        <Loc value={status.scheme.name} locale={locale} /> · <Loc value={status.jurisdiction.name} locale={locale} />
      </span>
      <h1>
        <Loc value={status.title} locale={locale} />
      </h1>
      <p>
        <span className={stageTagClass(status)}>
          <Loc value={status.stage.label} locale={locale} />
        </span>
      </p>

      <div className="headline" data-testid="headline">
        {total ? (
          <>
            <LiveCount
              slug={status.slug}
              initial={total.value}
              pollSeconds={env().PUBLIC_S_MAXAGE}
              numberLocale={intlLocale(locale)}
              label={t("status.liveLabel")}
            />
            <span>{t("status.signaturesWord", { count: total.value })}</span>
            <p className="small muted">
              {t("initiative.asOf", { date: formatDateTime(total.observedAt, locale, tz) })} ·{" "}
              {t("initiative.source", { source: sourceLabel(total.source, t) })}
              {total.sourceUrl ? (
                <>
                  {" "}
                  (<a href={total.sourceUrl}>{t("status.officialPage")}</a>)
                </>
              ) : null}
            </p>
          </>
        ) : (
          <p>{t("initiative.noCount")}</p>
        )}
      </div>

      <div className="grid grid-2">
        <div>
          <Thresholds status={status} locale={locale} t={t} />
          <section aria-labelledby="deadline">
            <h2 id="deadline">{t("status.deadlineTitle")}</h2>
            {status.timeLeft.status === "open" && status.timeLeft.deadline ? (
              <p>
                <strong>{t("initiative.daysLeft", { days: status.timeLeft.daysLeft ?? 0 })}</strong>.{" "}
                {t("status.closesOn", { date: formatDateTime(status.timeLeft.deadline, locale, tz) })}
              </p>
            ) : null}
            {status.timeLeft.status === "ended" && status.timeLeft.deadline ? (
              <p>{t("status.closedOn", { date: formatDate(status.keyDates.closedAt ?? status.timeLeft.deadline, locale, tz) })}</p>
            ) : null}
            {status.timeLeft.status === "none" ? (
              <p className="muted">
                {status.keyDates.closedAt
                  ? t("status.closedOn", { date: formatDate(status.keyDates.closedAt, locale, tz) })
                  : t("status.noDeadline")}
              </p>
            ) : null}
          </section>
          <Ladder status={status} locale={locale} t={t} />
          <Clocks status={status} locale={locale} t={t} />
          <Responses status={status} locale={locale} t={t} />
          <HistoryChart status={status} locale={locale} t={t} />
          <Forecast status={status} locale={locale} t={t} />
          {status.countsByKind.length > 1 ? (
            <section aria-labelledby="kinds">
              <h2 id="kinds">{t("status.byKindTitle")}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("status.kind")}</th>
                    <th scope="col" className="num">
                      {t("status.count")}
                    </th>
                    <th scope="col">{t("status.when")}</th>
                  </tr>
                </thead>
                <tbody>
                  {status.countsByKind.map((c) => (
                    <tr key={c.kind}>
                      <th scope="row">{t(`status.kinds.${c.kind}`)}</th>
                      <td className="num">{formatNumber(c.value, locale)}</td>
                      <td>{formatDateTime(c.observedAt, locale, tz)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </div>
        <aside>
          <h2>{t("status.about")}</h2>
          <p style={{ whiteSpace: "pre-line" }}>
            <Loc value={status.summary} locale={locale} />
          </p>
          {status.externalUrl ? (
            <p>
              <a href={status.externalUrl}>{t("status.officialPage")}</a>
            </p>
          ) : null}
          {status.organisers.length ? (
            <>
              <h3>{t("status.organisers")}</h3>
              <ul>
                {status.organisers.map((o) => (
                  <li key={o.name}>
                    {o.name}
                    {o.role ? ` (${o.role})` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {status.topics.length ? (
            <>
              <h3>{t("status.topicsTitle")}</h3>
              <ul>
                {status.topics.map((topic) => (
                  <li key={topic.slug}>
                    <a href={localePath(locale, `/topics/${topic.slug}`)}>
                      <Loc value={topic.name} locale={locale} />
                    </a>
                  </li>
                ))}
              </ul>
              <CompareLinks status={status} locale={locale} t={t} />
            </>
          ) : null}
          {hasConstituencyData(status.regions) ? (
            <p>
              <a href={`${localePath(locale, status.path)}/map`} data-testid="uk-map-link">
                {t("pictures.ukMapLink")}
              </a>
            </p>
          ) : null}
          {status.regions.length && !status.quorum ? (
            <>
              <h3>{t("status.byCountry")}</h3>
              <ul className="small">
                {status.regions
                  .filter((r) => /^[A-Z]{2,3}$/.test(r.region))
                  .slice(0, 10)
                  .map((r) => (
                    <li key={r.region}>
                      {regionName(r.region, locale)}: {formatNumber(r.value, locale)}
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          <FollowBox locale={locale} t={t} target="initiative" id={status.slug} />
          <ShareLinks url={pageUrl} title={localizedText(status.title, locale)} t={t} />
          <OpenDataLinks slug={status.slug} locale={locale} t={t} />
          <EmbedSnippet embedUrl={`${pageUrl}/embed`} title={localizedText(status.title, locale)} t={t} />
          <h3>{t("status.rulesTitle")}</h3>
          <p className="small">
            <a href={status.ruleSet.legalSourceUrl}>{status.ruleSet.legalSourceTitle}</a>
            <br />
            {t("status.rulesVersion", {
              version: String(status.ruleSet.version),
              date: formatDate(status.ruleSet.effectiveFrom, locale, tz),
            })}
          </p>
          <p className="small muted">{t("status.rulesSnapshot")}</p>
          {status.dataNotes.length ? (
            <>
              <h3>{t("status.dataNotesTitle")}</h3>
              <ul className="small">
                {status.dataNotes.map((n, i) => (
                  <li key={i}>{n.note ?? t(`status.dataNoteCodes.${n.code as "decrease"}`)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </aside>
      </div>
    </article>
  );
}
