"use client";
// Adding an event to a topic's timeline: when, where (a jurisdiction Threshold has, or a country
// code), what happened in any of the languages, and the source every public entry cites.
import { useActionState } from "react";
import { IDLE } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { Field, LocalizedFields, Select } from "../../_components/fields";
import { FormFrame, Hidden, Saved, Submit, useTranslator } from "../../_components/form-frame";
import { addTopicEventAction } from "./add-topic-event-action";

export function TopicEventForm({
  locale,
  topic,
  jurisdictions,
}: {
  locale: Locale;
  topic: string;
  jurisdictions: { value: string; label: string }[];
}) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(addTopicEventAction, IDLE);
  const labels: Record<string, string> = {
    topicSlug: t("admin.topics.title"),
    occurredAt: t("admin.topics.timeline.occurredAt"),
    jurisdictionCode: t("admin.topics.timeline.jurisdiction"),
    countryCode: t("admin.topics.timeline.countryCode"),
    title: t("admin.topics.timeline.eventTitle"),
    body: t("admin.topics.timeline.body"),
    sourceUrl: t("admin.topics.timeline.sourceUrl"),
  };
  const created = (state.data as { created?: boolean } | undefined)?.created;
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid="topic-event-form">
      <Saved state={state}>
        <p>{created === false ? t("admin.topics.timeline.existed") : t("admin.topics.timeline.saved")}</p>
      </Saved>
      <FormFrame state={state} t={t} labels={labels} initial={{}}>
        <Hidden name="topicSlug" value={topic} />
        <Field name="occurredAt" type="date" width="medium" />
        <Select
          name="jurisdictionCode"
          hint={t("admin.topics.timeline.jurisdictionHint")}
          optional
          options={[{ value: "", label: t("admin.topics.timeline.jurisdictionNone") }, ...jurisdictions]}
        />
        <Field name="countryCode" hint={t("admin.topics.timeline.countryHint")} width="short" optional />
        <LocalizedFields name="title" legend={labels.title ?? "title"} />
        <LocalizedFields name="body" legend={labels.body ?? "body"} multiline rows={2} />
        <Field name="sourceUrl" type="url" inputMode="url" />
        <Submit>{t("admin.topics.timeline.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
