"use client";
// Bulk count entry: upload or paste a CSV, see a preview (per-row problems, or what would be
// stored and flagged), then save every row at once, or nothing.
import { useActionState } from "react";
import { IDLE, valueOf } from "@/lib/http/form";
import type { CsvRow } from "@/lib/counts/csv";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/translator";
import { TextArea } from "../../../../_components/fields";
import { FormFrame, Hidden, Saved, Submit, fieldId, useTranslator } from "../../../../_components/form-frame";
import { issueText, type FieldIssue } from "@/lib/errors/issues";
import { bulkCountsAction } from "./bulk-counts-action";

type Result = { committed: boolean; rows: CsvRow[]; latestTotal: number | null; flags: string[]; created: number };

export function BulkCountsForm({ locale, slug }: { locale: Locale; slug: string }) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(bulkCountsAction, IDLE);
  const result = state.status === "ok" ? (state.data as Result) : null;
  const preview = result && !result.committed ? result : null;
  const total = (n: number | null) => (n === null ? "–" : formatNumber(n, locale));
  const rowIssues = state.issues
    .map((issue) => ({ m: issue.path.match(/^line\.(\d+)\.?(.*)$/), issue }))
    .filter((x): x is { m: RegExpMatchArray; issue: FieldIssue } => Boolean(x.m));
  const fileIssues = state.issues.filter((i) => !i.path.startsWith("line."));
  const field = (name: string) => (name ? t(`admin.bulk.columns.${name as "value"}`) : "");
  return (
    <form action={action} key={state.id ?? "initial"} encType="multipart/form-data" noValidate data-testid="bulk-form">
      <Saved state={state}>
        {result?.committed ? (
          <p>{t("admin.bulk.committed", { count: result.created, total: total(result.latestTotal) })}</p>
        ) : (
          <p>{t("admin.bulk.previewReady", { count: preview?.created ?? 0, total: total(preview?.latestTotal ?? null) })}</p>
        )}
        {result?.flags.length ? (
          <p>{t("admin.bulk.previewFlags", { flags: result.flags.map((f) => t(`admin.flags.codes.${f as "jump"}`)).join("; ") })}</p>
        ) : null}
      </Saved>
      <FormFrame state={{ ...state, issues: fileIssues }} t={t} labels={{ csv: t("admin.bulk.paste") }}>
        {rowIssues.length ? (
          <div className="error-summary" data-testid="row-errors">
            <h2>{t("admin.bulk.rowErrorsTitle")}</h2>
            <p>{t("admin.bulk.nothingSaved")}</p>
            <ul>
              {rowIssues.map(({ m, issue }, i) => (
                <li key={i}>
                  <a href={`#${fieldId("csv")}`}>
                    {t("admin.bulk.rowIssue", { line: m[1] ?? "", field: field(m[2] ?? ""), message: issueText(issue, t) })}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <Hidden name="initiative" value={slug} />
        <Hidden name="locale" value={locale} />
        {preview ? (
          <>
            <h2>{t("admin.bulk.previewTitle")}</h2>
            <div className="table-wrap">
              <table data-testid="preview">
                <thead>
                  <tr>
                    <th scope="col">{t("admin.bulk.line")}</th>
                    {(["value", "observedAt", "kind", "region", "sourceUrl", "note"] as const).map((c) => (
                      <th scope="col" key={c}>
                        {field(c)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r) => (
                    <tr key={r.line}>
                      <td>{r.line}</td>
                      <td className="num">{r.cells.value}</td>
                      <td>{r.cells.observedAt}</td>
                      <td>{r.cells.kind ?? "TOTAL"}</td>
                      <td>{r.cells.region}</td>
                      <td>{r.cells.sourceUrl}</td>
                      <td>{r.cells.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <textarea name="csv" hidden readOnly value={valueOf(state.values, "csv") ?? ""} aria-hidden="true" tabIndex={-1} />
            <Submit name="intent" value="commit">
              {t("admin.bulk.commit", { count: preview.created })}
            </Submit>
            <p>
              <a href="?">{t("admin.bulk.startAgain")}</a>
            </p>
          </>
        ) : (
          <>
            <div className="field">
              <label htmlFor={fieldId("file")}>{t("admin.bulk.file")}</label>
              <span className="hint" id={`${fieldId("file")}-hint`}>
                {t("admin.bulk.fileHint")}
              </span>
              <input id={fieldId("file")} name="file" type="file" accept=".csv,text/csv" aria-describedby={`${fieldId("file")}-hint`} />
            </div>
            <TextArea name="csv" label={t("admin.bulk.paste")} rows={8} code optional />
            <Submit name="intent" value="preview">
              {t("admin.bulk.preview")}
            </Submit>
          </>
        )}
      </FormFrame>
    </form>
  );
}
