"use client";
// The admin console's initiatives table: filtering refetches through react-query without a page
// load; without JavaScript the same filter form is a plain GET to this page.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { adminInitiativesQuery } from "@/lib/initiatives/admin-query-options";
import type { TAdminInitiativeRow } from "@/lib/initiatives/admin-queries";
import type { TAdminInitiativeFilter } from "@/lib/initiatives/schemas";
import { pickLocalized, type Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatDate, formatNumber } from "@/lib/i18n/translator";
import { useTranslator } from "./_components/form-frame";

function Text({ value, locale }: { value: unknown; locale: Locale }) {
  const p = pickLocalized(value, locale);
  return p.lang === locale ? <>{p.text}</> : <span lang={p.lang}>{p.text}</span>;
}

export function InitiativesTable({
  locale,
  filter: initialFilter,
  initial,
}: {
  locale: Locale;
  filter: TAdminInitiativeFilter;
  initial: TAdminInitiativeRow[];
}) {
  const t = useTranslator(locale);
  const [filter, setFilter] = useState(initialFilter);
  const query = useQuery({
    ...adminInitiativesQuery(filter),
    initialData: filter === initialFilter ? initial : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = query.data ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: TAdminInitiativeFilter = {
      q: String(data.get("q") ?? "").trim() || undefined,
      flags: data.get("flags") === "open" ? "open" : "any",
      withdrawn: data.get("withdrawn") === "exclude" ? "exclude" : "include",
    };
    setFilter(next);
    const params = new URLSearchParams();
    if (next.q) params.set("q", next.q);
    if (next.flags === "open") params.set("flags", "open");
    if (next.withdrawn === "exclude") params.set("withdrawn", "exclude");
    window.history.replaceState(null, "", `?${params.toString()}`);
  }

  return (
    <>
      <form className="filters" method="get" onSubmit={onSubmit} role="search" aria-label={t("admin.list.filterLabel")}>
        <div className="field">
          <label htmlFor="filter-q">{t("admin.list.searchLabel")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-flags">{t("admin.list.flagsFilter")}</label>
          <select id="filter-flags" name="flags" defaultValue={filter.flags}>
            <option value="any">{t("admin.list.flagsAny")}</option>
            <option value="open">{t("admin.list.flagsOpen")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-withdrawn">{t("admin.list.withdrawnFilter")}</label>
          <select id="filter-withdrawn" name="withdrawn" defaultValue={filter.withdrawn}>
            <option value="include">{t("admin.list.withdrawnInclude")}</option>
            <option value="exclude">{t("admin.list.withdrawnExclude")}</option>
          </select>
        </div>
        <div className="field">
          <button type="submit" className="button button-secondary">
            {t("admin.list.apply")}
          </button>
        </div>
      </form>
      <p className="small muted" aria-live="polite" data-testid="initiatives-count">
        {query.isError
          ? t("admin.list.loadFailed")
          : query.isFetching
            ? t("admin.list.loading")
            : t("admin.list.showing", { count: rows.length })}
      </p>
      <div className="table-wrap">
        <table data-testid="initiatives-table">
          <caption className="visually-hidden">{t("admin.list.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.list.colTitle")}</th>
              <th scope="col">{t("admin.list.colScheme")}</th>
              <th scope="col">{t("admin.list.colStage")}</th>
              <th scope="col" className="num">
                {t("admin.list.colCount")}
              </th>
              <th scope="col" className="num">
                {t("admin.list.colFlags")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.slug}>
                <td>
                  <a href={localePath(locale, `/admin/initiatives/${r.slug}`)}>
                    <Text value={r.title} locale={locale} />
                  </a>
                  <br />
                  <span className="small muted">{r.slug}</span>
                  {r.withdrawnAt ? <span className="tag tag-red">{t("admin.list.withdrawnTag")}</span> : null}
                </td>
                <td>
                  <Text value={r.scheme.name} locale={locale} />
                </td>
                <td>
                  <Text value={r.stage.label} locale={locale} />
                </td>
                <td className="num">
                  {r.latestTotal === null ? "–" : formatNumber(r.latestTotal, locale)}
                  {r.latestTotalAt ? (
                    <>
                      <br />
                      <span className="small muted">{formatDate(r.latestTotalAt, locale, "UTC", { dateStyle: "medium" })}</span>
                    </>
                  ) : null}
                </td>
                <td className="num">{r.openFlags ? <span className="tag tag-yellow">{formatNumber(r.openFlags, locale)}</span> : "0"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && !query.isFetching ? <p>{t("admin.list.noneFound")}</p> : null}
    </>
  );
}
