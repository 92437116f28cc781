// Atom feeds of domain events (thresholds reached, stage changes, responses), in one language.
import { Feed } from "feed";
import { localizedText, type Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { formatNumber, getTranslator } from "@/lib/i18n/translator";
import { readPayload } from "./domain-events";
import type { FeedEvent } from "./feed";

export function atomFeed(opts: {
  events: FeedEvent[];
  locale: Locale;
  appUrl: string;
  title: string;
  selfPath: string;
  pagePath: string;
}): string {
  const t = getTranslator(opts.locale);
  const abs = (path: string) => new URL(localePath(opts.locale, path), opts.appUrl).toString();
  const updated = opts.events[0] ? new Date(opts.events[0].occurredAt) : new Date(0);
  const feed = new Feed({
    title: opts.title,
    description: t("feeds.subtitle"),
    id: abs(opts.selfPath),
    link: abs(opts.pagePath),
    language: opts.locale,
    updated,
    generator: "Threshold",
    copyright: "Data under the licences of its sources (see the site)",
    feedLinks: { atom: abs(opts.selfPath) },
  });
  for (const e of opts.events) {
    const title = localizedText(e.initiative.title, opts.locale);
    const heading =
      e.kind === "THRESHOLD_REACHED"
        ? t("feeds.thresholdReached", {
            title,
            target: formatNumber(readPayload(e.kind, e.payload)?.threshold.target ?? 0, opts.locale),
          })
        : e.kind === "STAGE_CHANGED"
          ? t("feeds.stageChanged", { title, stage: localizedText(readPayload(e.kind, e.payload)?.label, opts.locale) })
          : t("feeds.responsePublished", { title });
    feed.addItem({
      title: heading,
      id: `${opts.appUrl.replace(/\/$/, "")}/events/${e.id}`,
      link: abs(`/initiatives/${e.initiative.slug}`),
      date: new Date(e.occurredAt),
      description: e.kind === "RESPONSE_PUBLISHED" ? localizedText(readPayload(e.kind, e.payload)?.summary, opts.locale) : heading,
    });
  }
  return feed.atom1();
}
