// GET /admin/initiatives/new - register an initiative under a scheme (admins).
import { localizedText } from "@/lib/i18n/locales";
import { registrationOptions } from "@/lib/rules/admin-queries";
import { adminPage } from "../../_components/admin-page";
import { BackLink } from "../../_components/back-link";
import { CreateInitiativeForm } from "./create-initiative-form";

type Props = { params: Promise<{ locale: string }> };

export default async function NewInitiativePage({ params }: Props) {
  const { actor, locale, t } = await adminPage(params, "ADMIN");
  const { schemes, jurisdictions, topics } = await registrationOptions(actor);
  return (
    <>
      <BackLink locale={locale} href="/admin">
        {t("admin.list.back")}
      </BackLink>
      <h1>{t("admin.create.heading")}</h1>
      <CreateInitiativeForm
        locale={locale}
        schemes={schemes.map((s) => ({ code: s.code, name: localizedText(s.name, locale) }))}
        jurisdictions={jurisdictions.map((j) => ({ code: j.code, name: localizedText(j.name, locale) }))}
        topics={topics.map((tp) => ({ slug: tp.slug, name: localizedText(tp.name, locale) }))}
      />
    </>
  );
}
