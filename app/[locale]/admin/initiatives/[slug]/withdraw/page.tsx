// GET /admin/initiatives/[slug]/withdraw - withdraw an initiative, with the reason (admins).
import { Loc } from "@/app/_components/loc";
import { formatDateTime } from "@/lib/i18n/translator";
import { adminInitiative, adminPage } from "../../../_components/admin-page";
import { BackLink } from "../../../_components/back-link";
import { WithdrawForm } from "./withdraw-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function WithdrawPage({ params }: Props) {
  const { locale, t } = await adminPage(params, "ADMIN");
  const i = await adminInitiative(params);
  return (
    <>
      <BackLink locale={locale} href={`/admin/initiatives/${i.slug}`}>
        {t("admin.initiative.back")}
      </BackLink>
      <span className="caption">
        <Loc value={i.title} locale={locale} />
      </span>
      <h1>{t("admin.withdraw.heading")}</h1>
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
