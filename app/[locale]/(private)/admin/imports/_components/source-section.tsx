// One source on the imports pages: its summary, "sync all now", and its resources.
import type { TImportSourceSummary, TImportStateRow } from "@/lib/importers/queries";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatDateTime, type Translator } from "@/lib/i18n/translator";
import { syncSourceNow } from "../sync-now";
import { StateTable } from "./state-table";

const CLI: Record<TImportSourceSummary["source"], string> = { "uk-petitions": "uk", eci: "eci", "fi-kansalaisaloite": "fi" };

type Props = {
  summary: TImportSourceSummary;
  rows: TImportStateRow[];
  total: number;
  locale: Locale;
  t: Translator;
  view: "overview" | "source";
  heading: 1 | 2;
};

export function SourceSection({ summary, rows, total, locale, t, view, heading }: Props) {
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, "UTC") : t("imports.never"));
  const id = `source-${summary.source}`;
  const Heading = heading === 1 ? "h1" : "h2";
  const name = t(`imports.sources.${summary.source}`);
  return (
    <section aria-labelledby={id} data-testid={id}>
      <Heading id={id}>{name}</Heading>
      <dl className="summary-list">
        <div>
          <dt>{t("imports.resources")}</dt>
          <dd>{t("imports.resourceCount", { count: summary.resources })}</dd>
        </div>
        <div>
          <dt>{t("imports.failing")}</dt>
          <dd>{t("imports.failingCount", { count: summary.failing })}</dd>
        </div>
        <div>
          <dt>{t("imports.lastSync")}</dt>
          <dd>{when(summary.lastSyncAt)}</dd>
        </div>
        <div>
          <dt>{t("imports.lastSuccess")}</dt>
          <dd>{when(summary.lastSuccessAt)}</dd>
        </div>
        {summary.lastError ? (
          <div>
            <dt>{t("imports.latestError")}</dt>
            <dd>
              {summary.lastError.message} <span className="small muted">({when(summary.lastError.at)})</span>
            </dd>
          </div>
        ) : null}
      </dl>
      <form action={syncSourceNow}>
        <input type="hidden" name="source" value={summary.source} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="view" value={view} />
        <button type="submit" className="button">
          {t("imports.syncSource")}
          <span className="visually-hidden">: {name}</span>
        </button>
        <p className="hint">{t("imports.syncSourceHint")}</p>
      </form>
      {rows.length ? (
        <StateTable rows={rows} locale={locale} t={t} view={view} caption={name} />
      ) : (
        <p className="muted">{t("imports.empty", { command: `npm run import -- ${CLI[summary.source]} <file-or-url>` })}</p>
      )}
      {view === "overview" && total > 0 ? (
        <p>
          <a href={localePath(locale, `/admin/imports/${summary.source}`)}>{t("imports.allResources", { count: total })}</a>
        </p>
      ) : null}
    </section>
  );
}
