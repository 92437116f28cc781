// What a domain event says, in one language: the line shown in the app, the email subject, and the
// link. Pure; shared by in-app notifications, instant emails and digests.
import { readPayload } from "@/lib/events/domain-events";
import type { EventKind } from "@/lib/generated/prisma/enums";
import { localizedText, type Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatNumber, getTranslator } from "@/lib/i18n/translator";

export type DescribableEvent = {
  kind: EventKind;
  payload: unknown;
  initiative: { slug: string; title: unknown; latestTotal?: number | null } | null;
};

export function describeEvent(event: DescribableEvent, locale: Locale): { headline: string; detail: string | null; path: string } {
  const t = getTranslator(locale);
  if (event.kind === "TOPIC_EVENT_ADDED") {
    const p = readPayload("TOPIC_EVENT_ADDED", event.payload);
    return {
      headline: t("notify.topicEventAdded", { topic: localizedText(p?.topic.name, locale), title: localizedText(p?.title, locale) }),
      detail: p ? t("notify.eventDate", { date: p.date.slice(0, 10) }) : null,
      path: localePath(locale, `/topics/${p?.topic.slug ?? ""}`),
    };
  }
  const common = readPayload(event.kind, event.payload);
  const slug = event.initiative?.slug ?? common?.slug ?? "";
  const title = localizedText(event.initiative?.title ?? common?.title, locale);
  const target = (kind: "THRESHOLD_REACHED" | "MILESTONE") => formatNumber(readPayload(kind, event.payload)?.threshold.target ?? 0, locale);
  const headline = {
    THRESHOLD_REACHED: () => t("notify.thresholdReached", { title, target: target("THRESHOLD_REACHED") }),
    MILESTONE: () =>
      t("notify.milestone", { title, percent: String(readPayload("MILESTONE", event.payload)?.percent ?? 0), target: target("MILESTONE") }),
    STAGE_CHANGED: () =>
      t("notify.stageChanged", { title, stage: localizedText(readPayload("STAGE_CHANGED", event.payload)?.label, locale) }),
    RESPONSE_PUBLISHED: () => t("notify.responsePublished", { title }),
    DEADLINE_7_DAYS: () => t("notify.deadline7", { title }),
    DEADLINE_1_DAY: () => t("notify.deadline1", { title }),
    INITIATIVE_REGISTERED: () => {
      const p = readPayload("INITIATIVE_REGISTERED", event.payload);
      return t("notify.initiativeRegistered", { title, place: localizedText(p?.jurisdiction.name, locale) });
    },
  }[event.kind]();
  const count = event.initiative?.latestTotal;
  const detail =
    event.kind === "RESPONSE_PUBLISHED"
      ? localizedText(readPayload("RESPONSE_PUBLISHED", event.payload)?.summary, locale) || null
      : count != null
        ? t("notify.countNow", { count: formatNumber(count, locale) })
        : null;
  return { headline, detail, path: localePath(locale, `/initiatives/${slug}`) };
}
