// The list of initiatives: search box, filters, results and pagination. Rendered by /initiatives
// per request (searches, later pages) and by the cached facet views (default and facet-only lists,
// see lib/initiatives/list-view.ts): one page, two ways of serving it.
import { InitiativeCard } from "@/app/_components/initiative-card";
import { isAppError } from "@/lib/errors/app-error";
import { issuesFromZod } from "@/lib/errors/issues";
import { cachedFilterOptions } from "@/lib/initiatives/filters";
import { isBroadSearch } from "@/lib/initiatives/list";
import { cachedInitiativeList } from "@/lib/initiatives/public";
import { ZListQuery } from "@/lib/initiatives/schemas";
import type { Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import { Filters } from "./filters";

export async function ListPage({ locale, raw }: { locale: Locale; raw: Record<string, string | undefined> }) {
  const t = getTranslator(locale);
  const parsed = ZListQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : ZListQuery.parse({});
  const issues = parsed.success ? [] : issuesFromZod(parsed.error.issues);
  const [list, options] = await Promise.all([
    // A cursor of the right shape that does not decode (hand-edited, from an older version) is the
    // visitor's mistake: the first page with the message, as for any other bad field, never a 500.
    cachedInitiativeList(query).catch((e: unknown) => {
      if (!isAppError(e) || e.code !== "BAD_REQUEST" || !query.cursor) throw e;
      issues.push(...(e.issues ?? []));
      return cachedInitiativeList({ ...query, cursor: undefined });
    }),
    cachedFilterOptions(),
  ]);
  const params_ = new URLSearchParams(
    Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "" && e[0] !== "cursor"),
  );
  const next = list.nextCursor ? `?${new URLSearchParams([...params_, ["cursor", list.nextCursor]]).toString()}` : null;
  const csv = `/api/v1/initiatives.csv${params_.size ? `?${params_.toString()}` : ""}`;

  return (
    <>
      <h1>{t("browse.title")}</h1>
      <p className="lead">{t("browse.lead")}</p>
      {issues.length ? (
        <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{t("browse.errorTitle")}</h2>
          <ul>
            {issues.map((i) => (
              <li key={i.path}>
                <a href={`#f-${i.path}`}>
                  {i.path}: {i.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Filters locale={locale} query={query} options={options} raw={raw} />
      <h2 aria-live="polite" id="results">
        {t(list.totalCapped ? "browse.resultsMore" : "browse.results", { count: list.total })}
      </h2>
      {isBroadSearch(query, list) ? <p>{t("browse.broadSearch")}</p> : null}
      <ul className="card-list" aria-labelledby="results">
        {list.items.map((i) => (
          <InitiativeCard key={i.slug} initiative={i} locale={locale} t={t} />
        ))}
      </ul>
      <nav className="pagination" aria-label={t("browse.title")}>
        {query.cursor ? <a href={`?${params_.toString()}`}>{t("browse.firstPage")}</a> : <span />}
        {next ? (
          <a href={next} rel="next">
            {t("browse.nextPage")}
          </a>
        ) : null}
      </nav>
      <p>
        <a href={csv}>{t("browse.download")}</a>
      </p>
    </>
  );
}
