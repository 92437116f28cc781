// GET /admin/audit - the audit log: who changed what, when, from where (web, API, CLI, importer),
// filtered by actor, action, initiative and dates, newest first, and as CSV (admins).
import { auditActions, listAuditEvents } from "@/lib/audit/queries";
import { ZAuditFilter } from "@/lib/audit/schemas";
import { localePath } from "@/lib/i18n/paths";
import { formatDateTime } from "@/lib/i18n/translator";
import { adminPage } from "../_components/admin-page";
import { issuesFromZod, issueText } from "@/lib/errors/issues";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const FIELDS = ["actor", "action", "initiative", "from", "to"] as const;

function brief(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { actor, locale, t } = await adminPage(params, "ADMIN");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZAuditFilter.safeParse(raw);
  const issues = parsed.success ? [] : issuesFromZod(parsed.error.issues);
  const [page, actions] = await Promise.all([parsed.success ? listAuditEvents(actor, parsed.data) : null, auditActions(actor)]);
  const query = (extra: Record<string, string> = {}) => {
    const p = new URLSearchParams();
    for (const f of FIELDS) if (raw[f]) p.set(f, raw[f]);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    return p.toString();
  };
  const labels: Record<(typeof FIELDS)[number], string> = {
    actor: t("admin.audit.actor"),
    action: t("admin.audit.action"),
    initiative: t("admin.audit.initiative"),
    from: t("admin.audit.from"),
    to: t("admin.audit.to"),
  };
  const errorOf = (f: string) => issues.find((i) => i.path === f);
  return (
    <>
      <h1>{t("admin.audit.title")}</h1>
      {issues.length ? (
        <div className="error-summary" data-testid="error-summary">
          <h2>{t("admin.form.errorTitle")}</h2>
          <ul>
            {issues.map((i) => (
              <li key={i.path}>
                <a href={`#audit-${i.path}`}>
                  {labels[i.path as (typeof FIELDS)[number]] ?? i.path}: {issueText(i, t)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="get" className="filters" role="search" aria-label={t("admin.audit.filterLabel")}>
        {FIELDS.map((f) => (
          <div key={f} className={errorOf(f) ? "field field-error" : "field"}>
            <label htmlFor={`audit-${f}`}>{labels[f]}</label>
            {errorOf(f) ? (
              <span className="error-message" id={`audit-${f}-error`}>
                {issueText(errorOf(f) ?? { code: "invalid" }, t)}
              </span>
            ) : null}
            {f === "action" ? (
              <select id="audit-action" name="action" defaultValue={raw.action ?? ""}>
                <option value="">{t("admin.audit.anyAction")}</option>
                {actions.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={`audit-${f}`}
                name={f}
                type={f === "from" || f === "to" ? "date" : "text"}
                defaultValue={raw[f] ?? ""}
                aria-describedby={errorOf(f) ? `audit-${f}-error` : undefined}
                aria-invalid={errorOf(f) ? true : undefined}
              />
            )}
          </div>
        ))}
        <div className="field">
          <button className="button button-secondary" type="submit">
            {t("admin.audit.filter")}
          </button>
        </div>
      </form>
      <p>
        <a href={localePath(locale, "/admin/audit")}>{t("admin.audit.reset")}</a> ·{" "}
        <a href={`/api/admin/audit/export?${query()}`} download data-testid="audit-export">
          {t("admin.audit.export")}
        </a>
      </p>
      {page && page.items.length === 0 ? <p>{t("admin.audit.none")}</p> : null}
      {page && page.items.length ? (
        <div className="table-wrap">
          <table data-testid="audit">
            <thead>
              <tr>
                <th scope="col">{t("admin.audit.when")}</th>
                <th scope="col">{t("admin.audit.actor")}</th>
                <th scope="col">{t("admin.audit.action")}</th>
                <th scope="col">{t("admin.audit.initiative")}</th>
                <th scope="col">{t("admin.audit.via")}</th>
                <th scope="col">{t("admin.audit.change")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.createdAt, locale, "UTC")}</td>
                  <td>{e.actor}</td>
                  <td>
                    <code>{e.action}</code>
                    <br />
                    <span className="small muted">
                      {e.entityType} {e.entityId}
                    </span>
                  </td>
                  <td>{e.initiative ? <a href={localePath(locale, `/admin/initiatives/${e.initiative}`)}>{e.initiative}</a> : "–"}</td>
                  <td>{e.via ?? "–"}</td>
                  <td className="small">
                    <code>{brief(e.after)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {page?.nextBefore ? (
        <p className="pagination">
          <a href={`${localePath(locale, "/admin/audit")}?${query({ before: page.nextBefore })}`}>{t("admin.audit.older")}</a>
        </p>
      ) : null}
    </>
  );
}
