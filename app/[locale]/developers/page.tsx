// GET /developers - the open data documentation, readable by people; the endpoint table is built
// from the OpenAPI document so it cannot drift from the API.
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { openApiDocument } from "@/lib/openapi/document";

export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("developers.title"), description: t("developers.lead") };
}

export default async function DevelopersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t } = await localeFrom(params);
  const appUrl = env().APP_URL;
  const doc = openApiDocument(appUrl);
  const rows = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    (["get", "post"] as const).filter((m) => item?.[m]).map((m) => ({ method: m.toUpperCase(), path, summary: item?.[m]?.summary ?? "" })),
  );
  const badge = `<img src="${appUrl}/initiatives/ottawa-withdrawal-2024/badge.svg" alt="Signatures for the initiative" width="320" height="64">`;
  return (
    <>
      <h1>{t("developers.title")}</h1>
      <p className="lead">{t("developers.lead")}</p>
      <p>
        <a href="/api/v1/openapi.json">{t("developers.openapi")}</a>
      </p>
      <h2>{t("developers.endpoints")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("developers.method")}</th>
              <th scope="col">{t("developers.path")}</th>
              <th scope="col">{t("developers.description")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.method} ${r.path}`}>
                <td>{r.method}</td>
                <td>
                  <code>{r.path}</code>
                </td>
                <td lang="en">{r.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t("developers.example")}</h3>
      <pre className="inset" style={{ overflowX: "auto" }} tabIndex={0}>
        <code>{`curl '${appUrl}/api/v1/initiatives?q=ottawa&status=all&limit=5'\ncurl '${appUrl}/api/v1/initiatives/eci-2025-000006/counts?region=*&resolution=day'`}</code>
      </pre>
      <h2>{t("developers.conventions")}</h2>
      <ul>
        <li>{t("developers.conventionTimes")}</li>
        <li>{t("developers.conventionText")}</li>
        <li>{t("developers.conventionErrors")}</li>
        <li>{t("developers.conventionPaging")}</li>
        <li>{t("developers.conventionCache")}</li>
      </ul>
      <h2>{t("developers.feedsTitle")}</h2>
      <ul>
        <li>
          <a href={localePath(locale, "/feed.atom")}>{t("developers.feedsAll")}</a>
        </li>
        <li>{t("developers.feedsInitiative")}</li>
        <li>{t("developers.calendar")}</li>
      </ul>
      <h2>{t("developers.badgeTitle")}</h2>
      <p>{t("developers.badgeText")}</p>
      <pre className="inset" style={{ overflowX: "auto" }} tabIndex={0}>
        <code>{badge}</code>
      </pre>
      <h2>{t("developers.licenceTitle")}</h2>
      <p>{t("footer.licences")}</p>
    </>
  );
}
