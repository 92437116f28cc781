// A source's synced resources: when each was synced, how it went, and a "sync now" button.
import { Loc } from "@/app/_components/loc";
import type { TImportStateRow } from "@/lib/importers/queries";
import type { Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatDateTime, formatNumber, type Translator } from "@/lib/i18n/translator";
import { syncResourceNow } from "../sync-now";
import { describeResult } from "./describe-result";

export const shortUrl = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
};

type Props = { rows: TImportStateRow[]; locale: Locale; t: Translator; view: "overview" | "source"; caption: string };

export function StateTable({ rows, locale, t, view, caption }: Props) {
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, "UTC") : t("imports.never"));
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("imports.resource")}</th>
            <th scope="col">{t("imports.initiative")}</th>
            <th scope="col">{t("imports.lastSync")}</th>
            <th scope="col">{t("imports.result")}</th>
            <th scope="col">{t("imports.error")}</th>
            <th scope="col">{t("imports.automatic")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("imports.syncOne")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="import-row">
              <td>
                <a href={r.resourceUrl} className="small">
                  {shortUrl(r.resourceUrl)}
                </a>
              </td>
              <td>
                {r.initiative ? (
                  <a href={localePath(locale, `/initiatives/${r.initiative.slug}`)}>
                    <Loc value={r.initiative.title} locale={locale} />
                  </a>
                ) : (
                  t("imports.notTracked")
                )}
              </td>
              <td>{when(r.lastSyncAt)}</td>
              <td>{describeResult(r.lastResult, t)}</td>
              <td>
                {r.lastError ? (
                  <>
                    <span className="tag tag-red">
                      {t("imports.failures")}: {formatNumber(r.failureCount, locale)}
                    </span>{" "}
                    <span className="small">{r.lastError}</span>
                  </>
                ) : null}
              </td>
              <td>
                {r.synced ? t("imports.automaticYes") : t("imports.automaticNo")}
                {r.synced ? <div className="small muted">{when(r.nextSyncAt)}</div> : null}
              </td>
              <td>
                <form action={syncResourceNow}>
                  <input type="hidden" name="stateId" value={r.id} />
                  <input type="hidden" name="source" value={r.source} />
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="view" value={view} />
                  <button
                    type="submit"
                    className="button button-secondary"
                    aria-label={t("imports.syncOneLabel", { resource: shortUrl(r.resourceUrl) })}
                  >
                    {t("imports.syncOne")}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
