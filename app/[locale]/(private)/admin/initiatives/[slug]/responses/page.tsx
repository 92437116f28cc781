// GET /admin/initiatives/[slug]/responses - official responses and outcomes: add one, or (?edit=<id>) update one.
import { Loc } from "@/app/_components/loc";
import { listResponses, type TResponseRow } from "@/lib/initiatives/admin-queries";
import { VOTE_FIELDS } from "@/lib/responses/schemas";
import type { FormValues } from "@/lib/http/form";
import { localePath } from "@/lib/i18n/paths";
import { formatDate } from "@/lib/i18n/translator";
import { adminInitiative, adminPage } from "../../../_components/admin-page";
import { InitiativeHeading } from "../../../_components/initiative-heading";
import { ResponseForm } from "./response-form";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ edit?: string | string[] }> };

function valuesOf(r: TResponseRow): FormValues {
  const out: FormValues = {
    kind: r.kind,
    respondedAt: r.respondedAt.toISOString(),
    decision: r.decision ?? "",
    ...Object.fromEntries(VOTE_FIELDS.map((f) => [f, r[f] === null ? "" : String(r[f])])),
    sourceUrl: r.sourceUrl ?? "",
  };
  for (const field of ["respondingBody", "summary", "text"] as const) {
    for (const [lang, text] of Object.entries((r[field] ?? {}) as Record<string, string>)) out[`${field}.${lang}`] = text;
  }
  ((r.links ?? []) as { title: string; url: string }[]).forEach((l, n) => {
    out[`links.${n}.title`] = l.title;
    out[`links.${n}.url`] = l.url;
  });
  return out;
}

export default async function ResponsesPage({ params, searchParams }: Props) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const i = await adminInitiative(actor, params);
  const responses = await listResponses(actor, i.id);
  const { edit } = await searchParams;
  const editing = responses.find((r) => r.id === edit) ?? null;
  const base = `/admin/initiatives/${i.slug}`;
  return (
    <>
      <InitiativeHeading locale={locale} slug={i.slug} title={i.title}>
        {t("admin.responses.title")}
      </InitiativeHeading>
      {responses.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.responses.respondedAt")}</th>
              <th scope="col">{t("admin.responses.kind")}</th>
              <th scope="col">{t("admin.responses.summary")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("admin.table.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {responses.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.respondedAt, locale, i.parsedRules.timeZone)}</td>
                <td>{t(`responses.kinds.${r.kind}`)}</td>
                <td>
                  <Loc value={r.summary} locale={locale} />
                </td>
                <td>
                  <a href={`${localePath(locale, `${base}/responses`)}?edit=${r.id}`}>{t("admin.responses.edit")}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("admin.responses.none")}</p>
      )}
      <h2>{editing ? t("admin.responses.editTitle") : t("admin.responses.add")}</h2>
      <ResponseForm
        key={editing?.id ?? "new"}
        locale={locale}
        slug={i.slug}
        editing={editing ? { version: editing.version, respondedAt: editing.respondedAt.toISOString(), kind: editing.kind } : null}
        initial={editing ? valuesOf(editing) : { kind: "GOVERNMENT_RESPONSE" }}
      />
    </>
  );
}
