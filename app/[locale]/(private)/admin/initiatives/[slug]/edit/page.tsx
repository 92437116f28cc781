// GET /admin/initiatives/[slug]/edit - edit an initiative's description, dates and topics (admins).
import type { FormValues } from "@/lib/http/form";
import { toLocalInput } from "@/lib/schemas/zoned-time";
import type { TEditableInitiative } from "@/lib/initiatives/editable";
import { localizedText } from "@/lib/i18n/locales";
import { registrationOptions } from "@/lib/rules/admin-queries";
import { adminInitiative, adminPage } from "../../../_components/admin-page";
import { InitiativeHeading } from "../../../_components/initiative-heading";
import { EditInitiativeForm } from "./edit-initiative-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

function formValues(e: TEditableInitiative, timeZone: string): FormValues {
  const out: FormValues = {
    primaryLanguage: e.primaryLanguage,
    externalUrl: e.externalUrl ?? "",
    registeredAt: toLocalInput(e.registeredAt, timeZone),
    openedAt: toLocalInput(e.openedAt, timeZone),
    collectionEndsAt: toLocalInput(e.collectionEndsAt, timeZone),
    topicSlugs: e.topicSlugs,
  };
  for (const field of ["title", "summary"] as const) for (const [l, text] of Object.entries(e[field])) out[`${field}.${l}`] = text ?? "";
  e.organisers.forEach((o, n) => {
    out[`organisers.${n}.name`] = o.name;
    out[`organisers.${n}.role`] = o.role ?? "";
  });
  return out;
}

export default async function EditInitiativePage({ params }: Props) {
  const { actor, locale, t } = await adminPage(params, "ADMIN");
  const i = await adminInitiative(actor, params);
  const { topics } = await registrationOptions(actor);
  return (
    <>
      <InitiativeHeading locale={locale} slug={i.slug} title={i.title}>
        {t("admin.edit.heading")}
      </InitiativeHeading>
      <EditInitiativeForm
        locale={locale}
        slug={i.slug}
        version={i.version}
        initial={formValues(i.editable, i.parsedRules.timeZone)}
        topics={topics.map((tp) => ({ slug: tp.slug, name: localizedText(tp.name, locale) }))}
        timeZone={i.parsedRules.timeZone}
      />
    </>
  );
}
