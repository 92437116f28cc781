// GET /me/tokens - your personal API tokens (read and webhooks scopes: create, shown once; revoke)
// and your webhooks with their latest deliveries. Signed-in people only; only their own.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CreateTokenForm, RevokeTokenForm } from "@/app/[locale]/(private)/admin/tokens/token-forms";
import { currentActor } from "@/lib/auth/session";
import { localePath } from "@/lib/i18n/paths";
import { localeFrom } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/translator";
import { listOwnTokens } from "@/lib/tokens/queries";
import { PERSONAL_SCOPES } from "@/lib/tokens/schemas";
import { listDeliveries, listWebhooks } from "@/lib/webhooks/queries";
import { createOwnTokenAction, revokeOwnTokenAction } from "./token-actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await localeFrom(params);
  return { title: t("account.tokensTitle"), robots: { index: false } };
}

export default async function MyTokensPage({ params }: Props) {
  const { locale, t } = await localeFrom(params);
  const actor = await currentActor();
  if (!actor) redirect(`${localePath(locale, "/auth/signin")}?callbackUrl=${encodeURIComponent(localePath(locale, "/me/tokens"))}`);
  const [tokens, webhooks] = await Promise.all([listOwnTokens(actor), listWebhooks(actor)]);
  const logs = await Promise.all(webhooks.map((w) => listDeliveries(actor, w.id, 10)));
  const when = (d: Date | string | null) => (d ? formatDateTime(d, locale, "UTC") : t("admin.tokens.never"));
  return (
    <>
      <h1>{t("account.tokensTitle")}</h1>
      <p className="lead">{t("account.tokensLead")}</p>
      <p>
        <a href={localePath(locale, "/developers#webhooks")}>{t("account.tokensDocs")}</a>
      </p>
      <h2>{t("admin.tokens.new")}</h2>
      <CreateTokenForm locale={locale} action={createOwnTokenAction} scopes={PERSONAL_SCOPES} />
      <h2>{t("admin.tokens.existing")}</h2>
      {tokens.length === 0 ? <p className="muted">{t("admin.tokens.none")}</p> : null}
      <ul className="card-list" data-testid="tokens">
        {tokens.map((tk) => (
          <li key={tk.id} className="card">
            <p>
              <strong>{tk.name}</strong> <code className="small">{tk.prefix}…</code> · {tk.scopes.join(", ")}
            </p>
            <p className="small">
              {t("admin.tokens.lastUsed")}: {when(tk.lastUsedAt)}
            </p>
            {tk.revokedAt ? (
              <p className="small">{t("admin.tokens.revokedOn", { date: when(tk.revokedAt) })}</p>
            ) : (
              <RevokeTokenForm locale={locale} tokenId={tk.id} name={tk.name} action={revokeOwnTokenAction} />
            )}
          </li>
        ))}
      </ul>
      <h2>{t("account.webhooksTitle")}</h2>
      {webhooks.length === 0 ? <p className="muted">{t("account.webhooksNone")}</p> : null}
      {webhooks.map((w, i) => (
        <section key={w.id} aria-labelledby={`webhook-${w.id}`} className="card" data-testid="webhook">
          <h3 id={`webhook-${w.id}`}>
            <code>{w.url}</code>
          </h3>
          <p className="small">
            {w.enabled ? t("account.webhookEnabled") : t("account.webhookDisabled", { reason: w.disabledReason ?? "" })} ·{" "}
            {w.events.length ? w.events.join(", ") : t("account.webhookAllEvents")}
          </p>
          {logs[i]?.length ? (
            <div className="table-wrap">
              <table>
                <caption>{t("account.deliveriesTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("account.deliveryWhen")}</th>
                    <th scope="col">{t("account.deliveryType")}</th>
                    <th scope="col">{t("account.deliveryStatus")}</th>
                    <th scope="col">{t("account.deliveryAttempts")}</th>
                    <th scope="col">{t("account.deliveryResponse")}</th>
                  </tr>
                </thead>
                <tbody>
                  {logs[i].map((d) => (
                    <tr key={d.id}>
                      <td>{when(d.createdAt)}</td>
                      <td>
                        <code>{d.eventType}</code>
                      </td>
                      <td>{t(`account.deliveryStatuses.${d.status}`)}</td>
                      <td>{d.attempts}</td>
                      <td>{d.lastStatusCode ?? d.lastError ?? ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted small">{t("account.deliveriesNone")}</p>
          )}
        </section>
      ))}
    </>
  );
}
