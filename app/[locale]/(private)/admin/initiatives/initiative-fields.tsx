"use client";
// The descriptive fields of an initiative, shared by the "new" and "edit" forms.
import type { Locale } from "@/lib/i18n/locales";
import { LOCALES } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translator";
import { Checkboxes, Field, LocalizedFields, Select } from "../_components/fields";

export function initiativeLabels(t: Translator): Record<string, string> {
  return {
    schemeCode: t("admin.create.scheme"),
    jurisdictionCode: t("admin.create.jurisdiction"),
    slug: t("admin.create.slug"),
    title: t("admin.create.title"),
    summary: t("admin.create.summary"),
    primaryLanguage: t("admin.create.primaryLanguage"),
    externalUrl: t("admin.create.externalUrl"),
    registeredAt: t("admin.create.registeredAt"),
    openedAt: t("admin.create.openedAt"),
    collectionEndsAt: t("admin.edit.collectionEndsAt"),
    topicSlugs: t("admin.create.topics"),
    organisers: t("admin.create.organisers"),
    expectedVersion: t("admin.form.version"),
  };
}

export function InitiativeFields({
  t,
  labels,
  topics,
  zoneHint,
  withDeadline,
}: {
  t: Translator;
  labels: Record<string, string>;
  topics: { slug: string; name: string }[];
  zoneHint: string;
  withDeadline?: boolean;
}) {
  return (
    <>
      <LocalizedFields name="title" legend={labels.title as string} hint={t("admin.create.titleHint")} />
      <LocalizedFields name="summary" legend={labels.summary as string} multiline rows={4} />
      <Select name="primaryLanguage" options={LOCALES.map((l: Locale) => ({ value: l, label: t(`admin.form.languages.${l}`) }))} />
      <Field name="externalUrl" type="url" inputMode="url" hint={t("admin.create.externalUrlHint")} optional />
      <Field name="registeredAt" type="datetime-local" hint={zoneHint} optional />
      <Field name="openedAt" type="datetime-local" hint={`${t("admin.create.openedAtHint")} ${zoneHint}`} optional />
      {withDeadline ? (
        <Field name="collectionEndsAt" type="datetime-local" hint={`${t("admin.edit.collectionEndsAtHint")} ${zoneHint}`} optional />
      ) : null}
      {topics.length ? (
        <Checkboxes
          name="topicSlugs"
          legend={labels.topicSlugs as string}
          options={topics.map((tp) => ({ value: tp.slug, label: tp.name }))}
        />
      ) : null}
      <fieldset className="field">
        <legend>{labels.organisers}</legend>
        {[0, 1, 2].map((n) => (
          <div key={n} className="grid grid-halves">
            <Field name={`organisers.${n}.name`} label={t("admin.create.organiserName", { n: String(n + 1) })} optional />
            <Field name={`organisers.${n}.role`} label={t("admin.create.organiserRole", { n: String(n + 1) })} optional />
          </div>
        ))}
      </fieldset>
    </>
  );
}
