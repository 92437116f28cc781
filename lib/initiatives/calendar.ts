// An initiative's calendar (ICS): the collection deadline, scheduled debates and hearings, and the
// due dates of statutory clocks still running. All-day events on the date in the scheme's own
// time zone, so "due 12 May" is 12 May wherever the calendar is opened.
import { createEvents, type EventAttributes } from "ics";
import { localizedText, type Locale } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import type { TInitiativeStatus } from "./dto";

function day(iso: string, timeZone: string): [number, number, number] {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(new Date(iso))
    .split("-");
  return [Number(parts[0]), Number(parts[1]), Number(parts[2])];
}

function nextDay([y, m, d]: [number, number, number]): [number, number, number] {
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

export function initiativeCalendar(status: TInitiativeStatus, locale: Locale, pageUrl: string): string {
  const t = getTranslator(locale);
  const title = localizedText(status.title, locale);
  const host = new URL(pageUrl).host;
  const events: EventAttributes[] = [];
  const allDay = (uid: string, iso: string, summary: string): EventAttributes => ({
    uid: `${uid}.${status.slug}@${host}`,
    start: day(iso, status.timeZone),
    end: nextDay(day(iso, status.timeZone)),
    title: summary,
    url: pageUrl,
    description: `${summary}\n${pageUrl}`,
    transp: "TRANSPARENT",
    busyStatus: "FREE",
  });
  if (status.keyDates.collectionEndsAt)
    events.push(allDay("deadline", status.keyDates.collectionEndsAt, t("feeds.collectionEnds", { title })));
  for (const e of status.stageEvents) {
    if (e.scheduledFor)
      events.push(allDay(`scheduled-${e.id}`, e.scheduledFor, t("feeds.scheduled", { stage: localizedText(e.label, locale), title })));
  }
  for (const c of status.clocks) {
    if ((c.status === "running" || c.status === "overdue") && c.dueAt) {
      events.push(allDay(`clock-${c.code}`, c.dueAt, t("feeds.dueDate", { clock: localizedText(c.label, locale), title })));
    }
  }
  const { error, value } = createEvents(events, {
    productId: "-//Threshold//Initiative calendar//EN",
    calName: t("feeds.calendarName", { title }),
  });
  if (error || value === null) throw error ?? new Error("Could not build the calendar");
  return value;
}
