"use client";
// A new version of a scheme's rules: the rules as JSON (starting from the latest version), the
// date they take effect and the law or decision they come from.
import { useActionState } from "react";
import { IDLE, type FormValues } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { Field, TextArea } from "../_components/fields";
import { FormFrame, Hidden, Saved, Submit, useTranslator } from "../_components/form-frame";
import { createRuleSetAction } from "./create-rule-set-action";

export function RuleSetForm({ locale, schemeCode, initial }: { locale: Locale; schemeCode: string; initial: FormValues }) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(createRuleSetAction, IDLE);
  const labels = {
    schemeCode: t("admin.ruleSets.scheme"),
    effectiveFrom: t("admin.ruleSets.effectiveFrom"),
    legalSourceTitle: t("admin.ruleSets.legalSourceTitle"),
    legalSourceUrl: t("admin.ruleSets.legalSourceUrl"),
    note: t("admin.ruleSets.note"),
    definition: t("admin.ruleSets.definition"),
  };
  const data = state.data as { version?: number; scheme?: string } | undefined;
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid="rule-set-form">
      <Saved state={state}>
        <p>{t("admin.ruleSets.saved", { version: String(data?.version ?? ""), scheme: data?.scheme ?? "" })}</p>
      </Saved>
      <FormFrame state={state} t={t} labels={labels} initial={initial}>
        <Hidden name="schemeCode" value={schemeCode} />
        <Field name="effectiveFrom" type="date" hint={t("admin.ruleSets.effectiveFromHint")} width="medium" />
        <Field name="legalSourceTitle" />
        <Field name="legalSourceUrl" type="url" />
        <TextArea name="note" rows={2} optional />
        <TextArea name="definition" rows={24} code hint={t("admin.ruleSets.definitionHint")} />
        <Submit>{t("admin.ruleSets.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
