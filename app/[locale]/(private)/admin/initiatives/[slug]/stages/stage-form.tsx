"use client";
// Recording the next stage of the initiative's process: only the stages its rules allow from the
// current one, with the date, a note and documents. Carries the version it was based on (409 if
// someone else moved the initiative meanwhile).
import { useActionState } from "react";
import { IDLE } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { Field, LocalizedFields, Select } from "../../../_components/fields";
import { ConflictDetails, FormFrame, Hidden, Saved, Submit, useTranslator } from "../../../_components/form-frame";
import { recordStageAction } from "./record-stage-action";

export function StageForm({
  locale,
  slug,
  version,
  timeZone,
  now,
  stages,
}: {
  locale: Locale;
  slug: string;
  version: number;
  timeZone: string;
  now: string;
  stages: { code: string; label: string }[];
}) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(recordStageAction, IDLE);
  const labels: Record<string, string> = {
    stage: t("admin.stages.stage"),
    occurredAt: t("admin.stages.occurredAt"),
    scheduledFor: t("admin.stages.scheduledFor"),
    body: t("admin.stages.note"),
    sourceUrl: t("admin.stages.sourceUrl"),
    documents: t("admin.stages.documents"),
    expectedVersion: t("admin.form.version"),
  };
  const version$ =
    state.status === "conflict" ? String((state.conflict as { currentVersion?: number }).currentVersion ?? version) : String(version);
  const zoneHint = t("admin.form.timeZoneHint", { zone: timeZone });
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid="stage-form">
      <Saved state={state}>
        <p>{t("admin.stages.saved")}</p>
      </Saved>
      <FormFrame state={state} t={t} initial={{ occurredAt: now, stage: stages[0]?.code ?? "" }} labels={labels}>
        <ConflictDetails state={state} t={t} locale={locale} fieldLabel={(f) => labels[f] ?? f} />
        <Hidden name="initiative" value={slug} />
        <Hidden name="locale" value={locale} />
        <Hidden name="expectedVersion" value={version$} />
        <Select name="stage" options={stages.map((s) => ({ value: s.code, label: s.label }))} />
        <Field name="occurredAt" type="datetime-local" hint={zoneHint} />
        <Field name="scheduledFor" type="datetime-local" hint={`${t("admin.stages.scheduledForHint")} ${zoneHint}`} optional />
        <LocalizedFields name="body" legend={t("admin.stages.note")} multiline rows={2} />
        <fieldset className="field">
          <legend>{t("admin.stages.documents")}</legend>
          {[0, 1, 2].map((n) => (
            <div key={n} className="grid grid-halves">
              <Field name={`documents.${n}.title`} label={t("admin.stages.documentTitle", { n: String(n + 1) })} optional />
              <Field name={`documents.${n}.url`} label={t("admin.stages.documentUrl", { n: String(n + 1) })} type="url" optional />
            </div>
          ))}
        </fieldset>
        <Field name="sourceUrl" type="url" label={t("admin.stages.sourceUrl")} optional />
        <Submit>{t("admin.stages.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
