// GET /admin/initiatives/[slug]/withdraw - withdraw an initiative, with the reason (admins).
import { formatDateTime } from "@/lib/i18n/translator";
import { adminInitiative, adminPage } from "../../../_components/admin-page";
import { InitiativeHeading } from "../../../_components/initiative-heading";
import { WithdrawForm } from "./withdraw-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function WithdrawPage({ params }: Props) {
  const { actor, locale, t } = await adminPage(params, "ADMIN");
  const i = await adminInitiative(actor, params);
  return (
    <>
      <InitiativeHeading locale={locale} slug={i.slug} title={i.title}>
        {t("admin.withdraw.heading")}
      </InitiativeHeading>
      {i.withdrawnAt ? (
        <p className="notice">{t("admin.withdraw.already", { date: formatDateTime(i.withdrawnAt, locale, i.parsedRules.timeZone) })}</p>
      ) : (
        <>
          <p>{t("admin.withdraw.body")}</p>
          <WithdrawForm locale={locale} slug={i.slug} version={i.version} timeZone={i.parsedRules.timeZone} />
        </>
      )}
    </>
  );
}
