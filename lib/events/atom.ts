// Atom feeds of domain events (new initiatives, thresholds reached, stage changes, responses, topic
// timeline events), in one language.
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
    const item = describeFeedEvent(e, opts.locale);
    feed.addItem({
      title: item.heading,
      id: `${opts.appUrl.replace(/\/$/, "")}/events/${e.id}`,
      link: abs(item.path),
      date: new Date(e.occurredAt),
      description: item.description,
    });
  }
  return feed.atom1();
}

function describeFeedEvent(e: FeedEvent, locale: Locale): { heading: string; path: string; description: string } {
  const t = getTranslator(locale);
  if (e.kind === "TOPIC_EVENT_ADDED") {
    const p = readPayload(e.kind, e.payload);
    const heading = t("feeds.topicEventAdded", { topic: localizedText(p?.topic.name, locale), title: localizedText(p?.title, locale) });
    return {
      heading,
      path: `/topics/${p?.topic.slug ?? ""}`,
      description: `${heading} (${p?.date.slice(0, 10) ?? ""}) ${p?.sourceUrl ?? ""}`,
    };
  }
  const title = localizedText(e.initiative?.title, locale);
  const path = `/initiatives/${e.initiative?.slug ?? ""}`;
  switch (e.kind) {
    case "THRESHOLD_REACHED": {
      const target = formatNumber(readPayload(e.kind, e.payload)?.threshold.target ?? 0, locale);
      const heading = t("feeds.thresholdReached", { title, target });
      return { heading, path, description: heading };
    }
    case "STAGE_CHANGED": {
      const heading = t("feeds.stageChanged", { title, stage: localizedText(readPayload(e.kind, e.payload)?.label, locale) });
      return { heading, path, description: heading };
    }
    case "RESPONSE_PUBLISHED":
      return {
        heading: t("feeds.responsePublished", { title }),
        path,
        description: localizedText(readPayload(e.kind, e.payload)?.summary, locale),
      };
    case "INITIATIVE_REGISTERED": {
      const heading = t("feeds.initiativeRegistered", { title });
      return { heading, path, description: heading };
    }
  }
}
