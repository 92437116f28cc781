// GET /admin/tokens - personal API tokens for the write API: create (shown once), see when each
// was last used, revoke (admins).
import { formatDateTime } from "@/lib/i18n/translator";
import { listTokens } from "@/lib/tokens/queries";
import { adminPage } from "../_components/admin-page";
import { API_SCOPES } from "@/lib/tokens/schemas";
import { createTokenAction, revokeTokenAction } from "./token-actions";
import { CreateTokenForm, RevokeTokenForm } from "./token-forms";

type Props = { params: Promise<{ locale: string }> };

export default async function TokensPage({ params }: Props) {
  const { actor, locale, t } = await adminPage(params, "ADMIN");
  const tokens = await listTokens(actor);
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, "UTC") : t("admin.tokens.never"));
  return (
    <>
      <h1>{t("admin.tokens.title")}</h1>
      <p>{t("admin.tokens.intro")}</p>
      <h2>{t("admin.tokens.new")}</h2>
      <CreateTokenForm locale={locale} action={createTokenAction} scopes={API_SCOPES} />
      <h2>{t("admin.tokens.existing")}</h2>
      {tokens.length === 0 ? (
        <p>{t("admin.tokens.none")}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="tokens">
            <thead>
              <tr>
                <th scope="col">{t("admin.tokens.name")}</th>
                <th scope="col">{t("admin.tokens.owner")}</th>
                <th scope="col">{t("admin.tokens.scopes")}</th>
                <th scope="col">{t("admin.tokens.lastUsed")}</th>
                <th scope="col">{t("admin.tokens.state")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((tk) => (
                <tr key={tk.id} data-testid={`token-${tk.prefix}`}>
                  <td>
                    {tk.name}
                    <br />
                    <code className="small">{tk.prefix}…</code>
                  </td>
                  <td>{tk.owner}</td>
                  <td>{tk.scopes.join(", ")}</td>
                  <td data-testid="last-used">{when(tk.lastUsedAt)}</td>
                  <td>
                    {tk.revokedAt ? (
                      t("admin.tokens.revokedOn", { date: formatDateTime(tk.revokedAt, locale, "UTC") })
                    ) : tk.expiresAt && tk.expiresAt < new Date() ? (
                      t("admin.tokens.expiredOn", { date: formatDateTime(tk.expiresAt, locale, "UTC") })
                    ) : (
                      <RevokeTokenForm locale={locale} tokenId={tk.id} name={tk.name} action={revokeTokenAction} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
