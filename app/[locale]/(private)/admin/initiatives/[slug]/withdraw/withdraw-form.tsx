"use client";
// Withdrawing an initiative: a reason is required; nothing is deleted.
import { useActionState } from "react";
import { IDLE } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { Field, TextArea } from "../../../_components/fields";
import { ConflictDetails, FormFrame, Hidden, Submit, useTranslator } from "../../../_components/form-frame";
import { withdrawInitiativeAction } from "./withdraw-initiative-action";

export function WithdrawForm({ locale, slug, version, timeZone }: { locale: Locale; slug: string; version: number; timeZone: string }) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(withdrawInitiativeAction, IDLE);
  const labels = {
    reason: t("admin.withdraw.reason"),
    withdrawnAt: t("admin.withdraw.withdrawnAt"),
    expectedVersion: t("admin.form.version"),
  };
  const current = state.status === "conflict" ? (state.conflict as { currentVersion?: number }).currentVersion : undefined;
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid="withdraw-form">
      <FormFrame state={state} t={t} labels={labels}>
        <ConflictDetails state={state} t={t} locale={locale} fieldLabel={(f) => f} />
        <Hidden name="initiative" value={slug} />
        <Hidden name="locale" value={locale} />
        <Hidden name="expectedVersion" value={String(current ?? version)} />
        <TextArea name="reason" hint={t("admin.withdraw.reasonHint")} rows={3} />
        <Field
          name="withdrawnAt"
          type="datetime-local"
          hint={`${t("admin.withdraw.withdrawnAtHint")} ${t("admin.form.timeZoneHint", { zone: timeZone })}`}
          optional
        />
        <Submit variant="warning">{t("admin.withdraw.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
