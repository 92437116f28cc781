"use client";
// Editing an initiative. The form carries the version it was loaded with; when someone else saved
// in between, the save is refused (409) and the form shows who changed what and the values saved
// now, keeping what this person typed. Saving again then replaces those changes, knowingly.
import { useActionState } from "react";
import { IDLE, type FormValues } from "@/lib/http/form";
import type { TEditableInitiative } from "@/lib/initiatives/editable";
import { pickLocalized, type Locale } from "@/lib/i18n/locales";
import { ConflictDetails, FormFrame, Hidden, Saved, Submit, useTranslator } from "../../../_components/form-frame";
import { InitiativeFields, initiativeLabels } from "../../initiative-fields";
import { editInitiativeAction } from "./edit-initiative-action";

function show(field: string, value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === "") return "–";
  if (field === "title" || field === "summary") return pickLocalized(value, locale).text;
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" && v ? (v as { name?: string }).name : String(v))).join(", ");
  return String(value);
}

export function EditInitiativeForm({
  locale,
  slug,
  version,
  initial,
  topics,
  timeZone,
}: {
  locale: Locale;
  slug: string;
  version: number;
  initial: FormValues;
  topics: { slug: string; name: string }[];
  timeZone: string;
}) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(editInitiativeAction, IDLE);
  const labels = initiativeLabels(t);
  const conflict =
    state.status === "conflict"
      ? (state.conflict as { currentVersion: number; current: TEditableInitiative; changes: { fields: string[] }[] })
      : null;
  const changedFields = conflict ? [...new Set(conflict.changes.flatMap((c) => c.fields))] : [];
  const data = state.data as { version: number; changed: string[] } | undefined;
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid="edit-initiative-form">
      <Saved state={state}>
        <p>{data?.changed.length ? t("admin.edit.saved", { version: String(data.version) }) : t("admin.edit.unchanged")}</p>
      </Saved>
      <FormFrame state={state} t={t} labels={labels} initial={initial}>
        <ConflictDetails state={state} t={t} locale={locale} fieldLabel={(f) => labels[f] ?? f} />
        {conflict && changedFields.length ? (
          <dl className="summary-list" data-testid="saved-meanwhile">
            {changedFields
              .filter((f) => f in conflict.current)
              .map((f) => (
                <div key={f}>
                  <dt>{t("admin.edit.savedNow", { field: labels[f] ?? f })}</dt>
                  <dd>{show(f, conflict.current[f as keyof TEditableInitiative], locale)}</dd>
                </div>
              ))}
          </dl>
        ) : null}
        <Hidden name="initiative" value={slug} />
        <Hidden name="locale" value={locale} />
        <Hidden name="expectedVersion" value={String(conflict ? conflict.currentVersion : version)} />
        <InitiativeFields t={t} labels={labels} topics={topics} zoneHint={t("admin.form.timeZoneHint", { zone: timeZone })} withDeadline />
        <Submit>{t("admin.edit.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
