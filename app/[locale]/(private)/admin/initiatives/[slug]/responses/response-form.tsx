"use client";
// Publishing the official response or outcome (government response, debate, Commission
// communication, decision), in every language it exists in, with links to the documents. Editing
// an existing one carries the version it was based on.
import { useActionState } from "react";
import { IDLE, type FormValues } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { DECISIONS, RESPONSE_KINDS, VOTE_FIELDS } from "@/lib/responses/schemas";
import { Field, LocalizedFields, Select } from "../../../_components/fields";
import { ConflictDetails, FormFrame, Hidden, Saved, Submit, useTranslator } from "../../../_components/form-frame";
import { publishResponseAction } from "./publish-response-action";

export function ResponseForm({
  locale,
  slug,
  editing,
  initial,
}: {
  locale: Locale;
  slug: string;
  editing: { version: number; respondedAt: string; kind: string } | null;
  initial: FormValues;
}) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(publishResponseAction, IDLE);
  const labels: Record<string, string> = {
    kind: t("admin.responses.kind"),
    respondingBody: t("admin.responses.respondingBody"),
    respondedAt: t("admin.responses.respondedAt"),
    summary: t("admin.responses.summary"),
    text: t("admin.responses.text"),
    decision: t("admin.responses.decision"),
    votesFor: t("admin.responses.votesFor"),
    votesAgainst: t("admin.responses.votesAgainst"),
    abstentions: t("admin.responses.abstentions"),
    absent: t("admin.responses.absent"),
    links: t("admin.responses.links"),
    sourceUrl: t("admin.responses.sourceUrl"),
  };
  const data = state.data as { changed: boolean } | undefined;
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid="response-form">
      <Saved state={state}>
        <p>{data?.changed === false ? t("admin.responses.unchanged") : t("admin.responses.saved")}</p>
      </Saved>
      <FormFrame state={state} t={t} initial={initial} labels={labels}>
        <ConflictDetails state={state} t={t} locale={locale} fieldLabel={(f) => labels[f] ?? f} />
        <Hidden name="initiative" value={slug} />
        <Hidden name="locale" value={locale} />
        {editing ? (
          <>
            <Hidden name="expectedVersion" value={String(editing.version)} />
            <Hidden name="kind" value={editing.kind} />
            <Hidden name="respondedAt" value={editing.respondedAt} />
          </>
        ) : (
          <>
            <Select name="kind" options={RESPONSE_KINDS.map((k) => ({ value: k, label: t(`responses.kinds.${k}`) }))} />
            <Field name="respondedAt" type="date" width="medium" />
          </>
        )}
        <LocalizedFields name="respondingBody" legend={labels.respondingBody as string} hint={t("admin.responses.respondingBodyHint")} />
        <LocalizedFields name="summary" legend={labels.summary as string} multiline rows={3} />
        <LocalizedFields name="text" legend={labels.text as string} hint={t("admin.responses.textHint")} multiline rows={6} />
        <Select
          name="decision"
          optional
          options={[
            { value: "", label: t("admin.responses.decisionNone") },
            ...DECISIONS.map((d) => ({ value: d, label: t(`responses.decisions.${d}`) })),
          ]}
        />
        <fieldset className="field" aria-describedby="votes-hint">
          <legend>{t("admin.responses.votes")}</legend>
          <p id="votes-hint" className="hint">
            {t("admin.responses.votesHint")}
          </p>
          <div className="grid grid-halves">
            {VOTE_FIELDS.map((f) => (
              <Field key={f} name={f} type="number" inputMode="numeric" width="short" optional />
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>{labels.links}</legend>
          {[0, 1, 2].map((n) => (
            <div key={n} className="grid grid-halves">
              <Field name={`links.${n}.title`} label={t("admin.stages.documentTitle", { n: String(n + 1) })} optional />
              <Field name={`links.${n}.url`} label={t("admin.stages.documentUrl", { n: String(n + 1) })} type="url" optional />
            </div>
          ))}
        </fieldset>
        <Field name="sourceUrl" type="url" optional />
        <Submit>{editing ? t("admin.responses.update") : t("admin.responses.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
