// GET /admin/users - people and their roles (admins).
import { ZUserFilter } from "@/lib/users/schemas";
import { listUsers } from "@/lib/users/queries";
import { formatDate, formatNumber } from "@/lib/i18n/translator";
import { ROLES } from "@/lib/auth/actor";
import { adminPage } from "../_components/admin-page";
import { RoleForm } from "./role-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ params, searchParams }: Props) {
  const { actor, locale, t } = await adminPage(params, "ADMIN");
  const parsed = ZUserFilter.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : ZUserFilter.parse({});
  const users = await listUsers(actor, filter);
  return (
    <>
      <h1>{t("admin.users.title")}</h1>
      <p>{t("admin.users.intro")}</p>
      <form method="get" className="filters" role="search" aria-label={t("admin.users.search")}>
        <div className="field">
          <label htmlFor="users-q">{t("admin.users.search")}</label>
          <input id="users-q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t("admin.users.role")}</label>
          <select id="users-role" name="role" defaultValue={filter.role ?? ""}>
            <option value="">{t("admin.users.anyRole")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`admin.roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button className="button button-secondary" type="submit">
            {t("admin.list.apply")}
          </button>
        </div>
      </form>
      <table data-testid="users">
        <thead>
          <tr>
            <th scope="col">{t("admin.users.email")}</th>
            <th scope="col">{t("admin.users.since")}</th>
            <th scope="col" className="num">
              {t("admin.users.tokens")}
            </th>
            <th scope="col">{t("admin.users.role")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                {u.email}
                {u.id === actor.userId ? <span className="small muted"> {t("admin.users.you")}</span> : null}
              </td>
              <td>{formatDate(u.createdAt, locale, "UTC", { dateStyle: "medium" })}</td>
              <td className="num">{formatNumber(u.activeTokens, locale)}</td>
              <td>
                {u.id === actor.userId ? (
                  t(`admin.roles.${u.role}`)
                ) : (
                  <RoleForm locale={locale} userId={u.id} email={u.email} role={u.role} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
