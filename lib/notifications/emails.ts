// The emails Threshold sends about what people follow: one per event (instant) or one per day
// (digest). Plain text and HTML, in the person's language, with one-click unsubscribe (RFC 8058).
import { localeOf, type Locale } from "@/lib/i18n/locales";
import { localePath } from "@/lib/i18n/paths";
import { getTranslator } from "@/lib/i18n/translator";
import { renderHtml, renderText, type MailBody } from "@/lib/mail/layout";
import { describeEvent, type DescribableEvent } from "./describe";

export type Recipient = { email: string; locale: string; unsubscribeUrl: string };
export type RenderedEmail = { subject: string; text: string; html: string; headers: Record<string, string> };

function footer(t: ReturnType<typeof getTranslator>, appUrl: string, locale: Locale, unsubscribeUrl: string): string[] {
  return [
    t("notify.why"),
    `${t("notify.preferences")}: ${new URL(localePath(locale, "/me/preferences"), appUrl).toString()}`,
    `${t("notify.unsubscribe")}: ${unsubscribeUrl}`,
  ];
}

function headers(unsubscribeUrl: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Auto-Submitted": "auto-generated",
  };
}

export function eventEmail(event: DescribableEvent, to: Recipient, appUrl: string): RenderedEmail {
  const locale = localeOf(to.locale);
  const t = getTranslator(locale);
  const d = describeEvent(event, locale);
  const body: MailBody = {
    paragraphs: [d.headline, ...(d.detail ? [d.detail] : [])],
    action: { label: t(event.kind === "TOPIC_EVENT_ADDED" ? "notify.viewTopic" : "notify.view"), url: new URL(d.path, appUrl).toString() },
    footer: footer(t, appUrl, locale, to.unsubscribeUrl),
  };
  return { subject: d.headline, text: renderText(body), html: renderHtml(body, locale), headers: headers(to.unsubscribeUrl) };
}

export function digestEmail(events: DescribableEvent[], to: Recipient, appUrl: string): RenderedEmail {
  const locale = localeOf(to.locale);
  const t = getTranslator(locale);
  const lines = events.map((e) => {
    const d = describeEvent(e, locale);
    return `• ${d.headline}${d.detail ? ` ${d.detail}` : ""} ${new URL(d.path, appUrl).toString()}`;
  });
  const body: MailBody = { paragraphs: [t("notify.digestIntro"), ...lines], footer: footer(t, appUrl, locale, to.unsubscribeUrl) };
  return {
    subject: t("notify.digestSubject", { count: events.length }),
    text: renderText(body),
    html: renderHtml(body, locale),
    headers: headers(to.unsubscribeUrl),
  };
}
