"use client";
// Registering an initiative: the scheme decides its rules (the version in force on the
// registration date, or today, is copied into the initiative and never changes afterwards).
import { useActionState } from "react";
import { IDLE } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { Field, Select } from "../../_components/fields";
import { FormFrame, Hidden, Submit, useTranslator } from "../../_components/form-frame";
import { InitiativeFields, initiativeLabels } from "../initiative-fields";
import { createInitiativeAction } from "./create-initiative-action";

export function CreateInitiativeForm({
  locale,
  schemes,
  jurisdictions,
  topics,
}: {
  locale: Locale;
  schemes: { code: string; name: string }[];
  jurisdictions: { code: string; name: string }[];
  topics: { slug: string; name: string }[];
}) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(createInitiativeAction, IDLE);
  const labels = initiativeLabels(t);
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid="create-initiative-form">
      <FormFrame state={state} t={t} labels={labels} initial={{ primaryLanguage: locale, schemeCode: schemes[0]?.code ?? "" }}>
        <Hidden name="locale" value={locale} />
        <Select name="schemeCode" hint={t("admin.create.schemeHint")} options={schemes.map((s) => ({ value: s.code, label: s.name }))} />
        <Select
          name="jurisdictionCode"
          hint={t("admin.create.jurisdictionHint")}
          optional
          options={[
            { value: "", label: t("admin.create.jurisdictionDefault") },
            ...jurisdictions.map((j) => ({ value: j.code, label: j.name })),
          ]}
        />
        <Field name="slug" hint={t("admin.create.slugHint")} optional width="medium" />
        <InitiativeFields t={t} labels={labels} topics={topics} zoneHint={t("admin.create.zoneHint")} />
        <Submit>{t("admin.create.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
