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
    (["get", "post", "patch", "delete"] as const)
      .filter((m) => item?.[m])
      .map((m) => ({ method: m.toUpperCase(), path, summary: item?.[m]?.summary ?? "" })),
  );
  const subscribe = `curl -X POST '${appUrl}/api/v1/webhooks' \\\n  -H 'Authorization: Bearer thr_...' -H 'Content-Type: application/json' \\\n  -d '{"url": "https://newsroom.example/threshold", "events": ["count.threshold_reached"], "topics": ["ottawa-convention-withdrawal"]}'`;
  const verify = `import { Webhook } from "standardwebhooks";

const webhook = new Webhook(process.env.THRESHOLD_WEBHOOK_SECRET); // "whsec_..."

export async function POST(request) {
  const body = await request.text(); // the raw body, exactly as sent
  const headers = Object.fromEntries(request.headers);
  let message;
  try {
    message = webhook.verify(body, headers); // throws if the signature or timestamp is wrong
  } catch {
    return new Response("bad signature", { status: 400 });
  }
  // message.type, e.g. "count.threshold_reached"; message.data.slug, message.data.url ...
  // Store headers["webhook-id"]: a retry of a message you already handled has the same id.
  return new Response(null, { status: 204 });
}`;
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
      <h2 id="webhooks">{t("developers.webhooksTitle")}</h2>
      <p>{t("developers.webhooksText")}</p>
      <pre className="inset" style={{ overflowX: "auto" }} tabIndex={0}>
        <code>{subscribe}</code>
      </pre>
      <p>{t("developers.webhooksVerify")}</p>
      <pre className="inset" style={{ overflowX: "auto" }} tabIndex={0}>
        <code>{verify}</code>
      </pre>
      <p>{t("developers.webhooksRetry")}</p>
      <h3>{t("developers.webhooksTypes")}</h3>
      <ul>
        {Object.keys(doc.webhooks ?? {}).map((type) => (
          <li key={type}>
            <code>{type}</code>
          </li>
        ))}
      </ul>
      <p>{t("developers.webhooksOptIn")}</p>
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
