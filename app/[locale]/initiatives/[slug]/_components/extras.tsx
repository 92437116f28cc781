// The status page's smaller parts: share links (plain links, no trackers), open data links, and the
// page shown for a withdrawn initiative (served with 410 Gone by proxy.ts).
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatDate, type Translator } from "@/lib/i18n/translator";
import { Loc } from "@/app/_components/loc";

export function ShareLinks({ url, title, t }: { url: string; title: string; t: Translator }) {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const networks = [
    { name: "Bluesky", href: `https://bsky.app/intent/compose?text=${text}%20${u}` },
    { name: "X", href: `https://x.com/intent/post?text=${text}&url=${u}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${text}%20${u}` },
  ];
  return (
    <>
      <h3>{t("status.shareTitle")}</h3>
      <ul className="share-links small">
        <li>
          <a href={`mailto:?subject=${text}&body=${u}`}>{t("status.shareEmail")}</a>
        </li>
        {networks.map((n) => (
          <li key={n.name}>
            <a href={n.href} aria-label={t("status.shareOn", { network: n.name })}>
              {n.name}
            </a>
          </li>
        ))}
      </ul>
      <div className="field small">
        <label htmlFor="page-url">{t("status.copyLink")}</label>
        <input id="page-url" type="text" readOnly value={url} />
      </div>
    </>
  );
}

export function OpenDataLinks({ slug, locale, t }: { slug: string; locale: Locale; t: Translator }) {
  const page = localePath(locale, `/initiatives/${slug}`);
  return (
    <>
      <h3>{t("status.openDataTitle")}</h3>
      <ul className="small">
        <li>
          <a href={`/api/v1/initiatives/${slug}`}>{t("status.openDataJson")}</a>
        </li>
        <li>
          <a href={`/api/v1/initiatives/${slug}/counts.csv`}>{t("status.openDataCsv")}</a>
        </li>
        <li>
          <a href={`${page}/feed.atom`}>{t("status.openDataFeed")}</a>
        </li>
        <li>
          <a href={`${page}/calendar.ics`}>{t("status.openDataCalendar")}</a>
        </li>
        <li>
          <a href={`${page}/badge.svg`}>{t("status.openDataBadge")}</a>
        </li>
      </ul>
    </>
  );
}

/** The iframe snippet of the embed widget, to copy (a read-only field: no JavaScript needed). */
export function EmbedSnippet({ embedUrl, title, t }: { embedUrl: string; title: string; t: Translator }) {
  const code = `<iframe src="${embedUrl}" title="${title.replace(/[&"<>]/g, "")}" width="320" height="190" style="border:0" loading="lazy"></iframe>`;
  return (
    <>
      <h3>{t("pictures.embedTitle")}</h3>
      <p className="small">{t("pictures.embedHint")}</p>
      <div className="field small">
        <label htmlFor="embed-code">{t("pictures.embedCode")}</label>
        <textarea id="embed-code" readOnly rows={4} value={code} data-testid="embed-code" />
      </div>
    </>
  );
}

export function Withdrawn({ status, locale, t }: { status: TInitiativeStatus; locale: Locale; t: Translator }) {
  return (
    <article>
      <h1>{t("errors.goneTitle")}</h1>
      <p className="lead">
        <Loc value={status.title} locale={locale} />
      </p>
      <p>{t("status.withdrawnBody", { date: formatDate(status.withdrawal?.at ?? status.asOf, locale, status.timeZone) })}</p>
      {status.withdrawal?.reason ? <p>{t("status.goneReason", { reason: status.withdrawal.reason })}</p> : null}
      <p>
        <a href={localePath(locale, "/initiatives")}>{t("home.browseAll")}</a>
      </p>
    </article>
  );
}
