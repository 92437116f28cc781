// GET /admin/rule-sets - every scheme's rule set versions, which initiatives use them, and a form
// to add a version (?scheme=<code>) (admins). Versions are never edited.
import { Loc } from "@/app/_components/loc";
import { localePath } from "@/lib/i18n/paths";
import { formatDate } from "@/lib/i18n/translator";
import { listSchemesWithRuleSets } from "@/lib/rules/admin-queries";
import { adminPage } from "../_components/admin-page";
import { RuleSetForm } from "./rule-set-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ scheme?: string | string[] }> };

export default async function RuleSetsPage({ params, searchParams }: Props) {
  const { actor, locale, t } = await adminPage(params, "ADMIN");
  const schemes = await listSchemesWithRuleSets(actor);
  const { scheme } = await searchParams;
  const chosen = schemes.find((s) => s.code === scheme) ?? schemes[0];
  const latest = chosen?.ruleSets[0];
  return (
    <>
      <h1>{t("admin.ruleSets.title")}</h1>
      <p>{t("admin.ruleSets.intro")}</p>
      {schemes.map((s) => (
        <section key={s.code} aria-labelledby={`scheme-${s.code}`}>
          <h2 id={`scheme-${s.code}`}>
            <Loc value={s.name} locale={locale} />
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("admin.ruleSets.version")}</th>
                <th scope="col">{t("admin.ruleSets.effectiveFrom")}</th>
                <th scope="col">{t("admin.ruleSets.legalSource")}</th>
                <th scope="col">{t("admin.ruleSets.use")}</th>
              </tr>
            </thead>
            <tbody>
              {s.ruleSets.map((r) => (
                <tr key={r.id}>
                  <td>{r.version}</td>
                  <td>{formatDate(r.effectiveFrom, locale, "UTC")}</td>
                  <td>
                    <a href={r.legalSourceUrl}>{r.legalSourceTitle}</a>
                    {r.note ? <span className="small muted"> · {r.note}</span> : null}
                  </td>
                  <td>{t("admin.ruleSets.inUse", { count: r.initiatives })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <a href={`${localePath(locale, "/admin/rule-sets")}?scheme=${s.code}#new-version`}>
              {t("admin.ruleSets.addFor", { scheme: s.code })}
            </a>
          </p>
        </section>
      ))}
      {chosen ? (
        <section aria-labelledby="new-version">
          <h2 id="new-version">
            {t("admin.ruleSets.newVersion")}: <Loc value={chosen.name} locale={locale} />
          </h2>
          <RuleSetForm
            key={chosen.code}
            locale={locale}
            schemeCode={chosen.code}
            initial={{
              definition: latest ? JSON.stringify(latest.definition, null, 2) : "",
              legalSourceTitle: latest?.legalSourceTitle ?? "",
              legalSourceUrl: latest?.legalSourceUrl ?? "",
            }}
          />
        </section>
      ) : null}
    </>
  );
}
