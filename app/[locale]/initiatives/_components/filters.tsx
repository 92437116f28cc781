// The list's search box, filters and sort: a GET form, labelled fields, no JavaScript needed.
import type { FilterOptions } from "@/lib/initiatives/filters";
import { LIST_SORTS, type TListQuery } from "@/lib/initiatives/schemas";
import { localizedText, type Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";

export function Filters({
  locale,
  query,
  options,
  raw,
}: {
  locale: Locale;
  query: TListQuery;
  options: FilterOptions;
  raw: Record<string, string | undefined>;
}) {
  const t = getTranslator(locale);
  const name = (v: unknown) => localizedText(v, locale);
  return (
    <form method="get" action={localePath(locale, "/initiatives")} role="search">
      <div className="field">
        <label htmlFor="f-q">{t("browse.search")}</label>
        <span className="hint" id="f-q-hint">
          {t("browse.searchHint")}
        </span>
        <input id="f-q" name="q" type="search" defaultValue={raw.q ?? ""} aria-describedby="f-q-hint" />
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor="f-jurisdiction">{t("browse.jurisdiction")}</label>
          <select id="f-jurisdiction" name="jurisdiction" defaultValue={query.jurisdiction ?? ""}>
            <option value="">{t("browse.any")}</option>
            {options.jurisdictions.map((j) => (
              <option key={j.code} value={j.code}>
                {name(j.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-scheme">{t("browse.scheme")}</label>
          <select id="f-scheme" name="scheme" defaultValue={query.scheme ?? ""}>
            <option value="">{t("browse.any")}</option>
            {options.schemes.map((s) => (
              <option key={s.code} value={s.code}>
                {name(s.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-stage">{t("browse.stage")}</label>
          <select id="f-stage" name="stage" defaultValue={query.stage ?? ""}>
            <option value="">{t("browse.any")}</option>
            {options.schemes.map((s) => (
              <optgroup key={s.code} label={name(s.name)}>
                {s.stages.map((st) => (
                  <option key={`${s.code}-${st.code}`} value={st.code}>
                    {name(st.label)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-topic">{t("browse.topic")}</label>
          <select id="f-topic" name="topic" defaultValue={query.topic ?? ""}>
            <option value="">{t("browse.any")}</option>
            {options.topics.map((tp) => (
              <option key={tp.slug} value={tp.slug}>
                {name(tp.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-term">{t("browse.term")}</label>
          <select id="f-term" name="term" defaultValue={query.term ?? ""}>
            <option value="">{t("browse.any")}</option>
            {options.terms.map((tm) => (
              <option key={`${name(tm.body)}-${tm.key}`} value={tm.key}>
                {name(tm.body)} {tm.key}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-status">{t("browse.status")}</label>
          <select id="f-status" name="status" defaultValue={query.status}>
            <option value="all">{t("browse.statusAll")}</option>
            <option value="open">{t("browse.statusOpen")}</option>
            <option value="closed">{t("browse.statusClosed")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-sort">{t("browse.sort")}</label>
          <select id="f-sort" name="sort" defaultValue={query.sort ?? (query.q ? "relevance" : "count")}>
            {LIST_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`browse.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button className="button" type="submit">
        {t("browse.apply")}
      </button>
      <a className="button button-secondary" href={localePath(locale, "/initiatives")}>
        {t("browse.clear")}
      </a>
    </form>
  );
}
