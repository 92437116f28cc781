// GET /admin - the admin console's start: every initiative with what needs attention (open
// data-quality flags), filterable (react-query island; a GET form without JavaScript).
import { hasRole } from "@/lib/auth/actor";
import { listAdminInitiatives } from "@/lib/initiatives/admin-queries";
import { ZAdminInitiativeFilter } from "@/lib/initiatives/schemas";
import { localePath } from "@/lib/i18n/paths";
import { adminPage } from "./_components/admin-page";
import { InitiativesTable } from "./initiatives-table";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminHome({ params, searchParams }: Props) {
  const { actor, locale, t } = await adminPage(params, "EDITOR");
  const parsed = ZAdminInitiativeFilter.safeParse(await searchParams);
  const filter = parsed.success ? parsed.data : ZAdminInitiativeFilter.parse({});
  const rows = await listAdminInitiatives(actor, filter);
  return (
    <>
      <h1>{t("admin.list.title")}</h1>
      {hasRole(actor, "ADMIN") ? (
        <p>
          <a className="button" href={localePath(locale, "/admin/initiatives/new")}>
            {t("admin.list.new")}
          </a>
        </p>
      ) : null}
      <InitiativesTable locale={locale} filter={filter} initial={rows} />
    </>
  );
}
