"use client";
// Reviewing one data-quality flag: confirm it (the note is shown publicly as a data note) or
// dismiss it.
import { useActionState } from "react";
import { IDLE } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { Radios, TextArea } from "../../../_components/fields";
import { FormFrame, Hidden, Saved, Submit, useTranslator } from "../../../_components/form-frame";
import { reviewFlagAction, reviewStaleSourceAction } from "./review-flag-action";

export function FlagReviewForm({
  locale,
  slug,
  flagId,
  observationId,
}: {
  locale: Locale;
  slug: string;
  flagId?: string;
  observationId?: string;
}) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(flagId ? reviewFlagAction : reviewStaleSourceAction, IDLE);
  const scope = flagId ?? `stale-${observationId ?? ""}`;
  const labels = { decision: t("admin.flags.decision"), publicNote: t("admin.flags.publicNote") };
  if (state.status === "ok") {
    return (
      <Saved state={state}>
        <p>{(state.data as { status: string }).status === "CONFIRMED" ? t("admin.flags.confirmed") : t("admin.flags.dismissed")}</p>
      </Saved>
    );
  }
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid={`review-${scope}`}>
      <FormFrame state={state} t={t} labels={labels} scope={scope} initial={{ decision: "confirm" }}>
        <Hidden name="initiative" value={slug} />
        <Hidden name="locale" value={locale} />
        {flagId ? <Hidden name="flagId" value={flagId} /> : null}
        {observationId ? <Hidden name="observationId" value={observationId} /> : null}
        <Radios
          name="decision"
          legend={labels.decision}
          options={[
            { value: "confirm", label: t("admin.flags.confirm") },
            { value: "dismiss", label: t("admin.flags.dismiss") },
          ]}
        />
        <TextArea name="publicNote" hint={t("admin.flags.publicNoteHint")} rows={2} optional />
        <Submit>{t("admin.flags.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
