"use client";
// Entering one count (value, kind, region, time, source, note), or correcting one: the correction
// is a new count that supersedes the wrong one, with a reason; nothing is edited or deleted.
import { useActionState } from "react";
import { IDLE } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/translator";
import { COUNT_KINDS } from "@/lib/rules/schemas";
import { Field, Select, TextArea } from "../../../_components/fields";
import { FormFrame, Hidden, Saved, Submit, useTranslator } from "../../../_components/form-frame";
import { recordCountAction } from "./record-count-action";

export type Correcting = { id: string; value: number; observedAt: string; kind: string; region: string; observedAtLocal: string };

export function CountForm({
  locale,
  slug,
  timeZone,
  regionHint,
  now,
  correcting,
}: {
  locale: Locale;
  slug: string;
  timeZone: string;
  regionHint: string;
  now: string;
  correcting: Correcting | null;
}) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(recordCountAction, IDLE);
  const labels = {
    value: t("admin.counts.value"),
    kind: t("admin.counts.kind"),
    region: t("admin.counts.region"),
    observedAt: t("admin.counts.observedAt"),
    sourceUrl: t("admin.counts.sourceUrl"),
    note: t("admin.counts.note"),
    correctionReason: t("admin.counts.correctionReason"),
    supersedesId: t("admin.counts.supersedes"),
  };
  const initial = correcting
    ? { kind: correcting.kind, region: correcting.region, observedAt: correcting.observedAtLocal }
    : { kind: "TOTAL", region: "", observedAt: now };
  const data = state.data as { latestTotal: number | null; flags: string[] } | undefined;
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid="count-form">
      <Saved state={state}>
        <p>
          {t("admin.counts.saved", {
            total: data?.latestTotal === null || data?.latestTotal === undefined ? "–" : formatNumber(data.latestTotal, locale),
          })}
        </p>
        {data?.flags.length ? (
          <p>{t("admin.counts.savedFlags", { flags: data.flags.map((f) => t(`admin.flags.codes.${f as "jump"}`)).join("; ") })}</p>
        ) : null}
      </Saved>
      <FormFrame state={state} t={t} initial={initial} labels={labels}>
        <Hidden name="initiative" value={slug} />
        <Hidden name="locale" value={locale} />
        {correcting ? <Hidden name="supersedesId" value={correcting.id} /> : null}
        <Field name="value" hint={t("admin.counts.valueHint")} inputMode="numeric" width="medium" />
        <Select name="kind" options={COUNT_KINDS.map((k) => ({ value: k, label: t(`status.kinds.${k}`) }))} />
        <Field name="region" hint={regionHint} optional width="medium" />
        <Field name="observedAt" type="datetime-local" hint={t("admin.form.timeZoneHint", { zone: timeZone })} />
        <Field name="sourceUrl" type="url" inputMode="url" optional />
        <TextArea name="note" optional rows={2} />
        {correcting ? <TextArea name="correctionReason" rows={2} hint={t("admin.counts.correctionReasonHint")} /> : null}
        <Submit>{correcting ? t("admin.counts.submitCorrection") : t("admin.counts.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
