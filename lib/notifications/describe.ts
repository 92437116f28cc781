// What a domain event says, in one language: the line shown in the app, the email subject, and the
// link. Pure; shared by in-app notifications, instant emails and digests.
import { localizedText, type Locale, type TLocalized } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatNumber, getTranslator } from "@/lib/i18n/translator";

export type DescribableEvent = {
  kind: "THRESHOLD_REACHED" | "STAGE_CHANGED" | "RESPONSE_PUBLISHED" | "DEADLINE_7_DAYS" | "DEADLINE_1_DAY" | "MILESTONE";
  payload: unknown;
  initiative: { slug: string; title: unknown; latestTotal?: number | null } | null;
};

export function describeEvent(event: DescribableEvent, locale: Locale): { headline: string; detail: string | null; path: string } {
  const t = getTranslator(locale);
  const p = (event.payload ?? {}) as {
    threshold?: { target?: number };
    percent?: number;
    label?: TLocalized;
    summary?: TLocalized;
    slug?: string;
    title?: TLocalized;
  };
  const slug = event.initiative?.slug ?? p.slug ?? "";
  const title = localizedText(event.initiative?.title ?? p.title, locale);
  const target = formatNumber(p.threshold?.target ?? 0, locale);
  const headline = {
    THRESHOLD_REACHED: () => t("notify.thresholdReached", { title, target }),
    MILESTONE: () => t("notify.milestone", { title, percent: String(p.percent ?? 0), target }),
    STAGE_CHANGED: () => t("notify.stageChanged", { title, stage: localizedText(p.label, locale) }),
    RESPONSE_PUBLISHED: () => t("notify.responsePublished", { title }),
    DEADLINE_7_DAYS: () => t("notify.deadline7", { title }),
    DEADLINE_1_DAY: () => t("notify.deadline1", { title }),
  }[event.kind]();
  const count = event.initiative?.latestTotal;
  const detail =
    event.kind === "RESPONSE_PUBLISHED"
      ? localizedText(p.summary, locale) || null
      : count != null
        ? t("notify.countNow", { count: formatNumber(count, locale) })
        : null;
  return { headline, detail, path: localePath(locale, `/initiatives/${slug}`) };
}
