"use client";
// Adding a topic, or updating an existing one by giving its slug.
import { useActionState } from "react";
import { IDLE, type FormValues } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import { Field, LocalizedFields } from "../_components/fields";
import { FormFrame, Saved, Submit, useTranslator } from "../_components/form-frame";
import { saveTopicAction } from "./save-topic-action";

export function TopicForm({ locale, initial }: { locale: Locale; initial: FormValues }) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(saveTopicAction, IDLE);
  const labels = { slug: t("admin.topics.slug"), name: t("admin.topics.name"), description: t("admin.topics.description") };
  return (
    <form action={action} key={state.id ?? "initial"} noValidate data-testid="topic-form">
      <Saved state={state}>
        <p>{t("admin.topics.saved", { slug: String((state.data as { slug?: string } | undefined)?.slug ?? "") })}</p>
      </Saved>
      <FormFrame state={state} t={t} labels={labels} initial={initial}>
        <Field name="slug" hint={t("admin.topics.slugHint")} width="medium" />
        <LocalizedFields name="name" legend={labels.name} />
        <LocalizedFields name="description" legend={labels.description} multiline rows={2} />
        <Submit>{t("admin.topics.submit")}</Submit>
      </FormFrame>
    </form>
  );
}
