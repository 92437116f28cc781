// Deadlines and statutory clocks, counted in calendar days in the scheme's own time zone: a
// six-month collection that starts on 6 December ends at the end of 6 June, Helsinki time, and a
// duty "within 3 months" is late from the first day after its due date. Pure functions of their
// inputs (`now` is always passed in).
import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, differenceInCalendarDays, endOfDay } from "date-fns";
import type { TClock, TRules } from "./schemas";
import { type DATE_ANCHORS } from "./schemas";

export type KeyDates = Partial<Record<(typeof DATE_ANCHORS)[number], Date | null>>;
export type StageEntry = { stage: string; occurredAt: Date };

function inZone(date: Date, timeZone: string): TZDate {
  return new TZDate(date.getTime(), timeZone);
}

/** End of the local day that is `months` months and `days` days after `start` (same day number). */
export function dueDate(start: Date, duration: { months?: number; days?: number }, timeZone: string): Date {
  let local: Date = inZone(start, timeZone);
  if (duration.months) local = addMonths(local, duration.months);
  if (duration.days) local = addDays(local, duration.days);
  return new Date(endOfDay(local).getTime());
}

/** The end of the collection window for an initiative that opened at `openedAt`. */
export function collectionDeadline(rules: Pick<TRules, "collection" | "timeZone">, openedAt: Date): Date | null {
  if (!rules.collection) return null;
  return dueDate(openedAt, { months: rules.collection.months }, rules.timeZone);
}

/** Whole calendar days from `now` until `deadline` in the time zone (0 on the last day, negative after). */
export function calendarDaysUntil(deadline: Date, now: Date, timeZone: string): number {
  return differenceInCalendarDays(inZone(deadline, timeZone), inZone(now, timeZone));
}

export type TimeLeft =
  | { status: "none" }
  | { status: "open"; deadline: Date; daysLeft: number; msLeft: number }
  | { status: "ended"; deadline: Date; daysAgo: number };

export function timeLeft(deadline: Date | null | undefined, now: Date, timeZone: string): TimeLeft {
  if (!deadline) return { status: "none" };
  const msLeft = deadline.getTime() - now.getTime();
  if (msLeft >= 0) return { status: "open", deadline, daysLeft: calendarDaysUntil(deadline, now, timeZone), msLeft };
  return { status: "ended", deadline, daysAgo: -calendarDaysUntil(deadline, now, timeZone) };
}

export type ClockState =
  | { status: "not-started"; clock: TClock }
  | { status: "running"; clock: TClock; startedAt: Date; dueAt: Date; daysLeft: number }
  | { status: "overdue"; clock: TClock; startedAt: Date; dueAt: Date; daysOverdue: number }
  | { status: "met"; clock: TClock; startedAt: Date; dueAt: Date; metAt: Date; onTime: boolean; daysLate: number };

function firstEntry(history: StageEntry[], codes: string[], after?: Date): StageEntry | undefined {
  return history
    .filter((h) => codes.includes(h.stage) && (!after || h.occurredAt.getTime() >= after.getTime()))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())[0];
}

function clockStart(clock: TClock, history: StageEntry[], dates: KeyDates): Date | null {
  if ("stage" in clock.from) return firstEntry(history, [clock.from.stage])?.occurredAt ?? null;
  return dates[clock.from.date] ?? null;
}

/** Where each statutory clock stands, from the stage history and key dates. */
export function evaluateClocks(
  rules: Pick<TRules, "clocks" | "timeZone">,
  history: StageEntry[],
  dates: KeyDates,
  now: Date,
): ClockState[] {
  return rules.clocks.map((clock): ClockState => {
    const startedAt = clockStart(clock, history, dates);
    if (!startedAt) return { status: "not-started", clock };
    const dueAt = dueDate(startedAt, clock.duration, rules.timeZone);
    const stop = firstEntry(history, clock.until, startedAt);
    if (stop) {
      const daysLate = Math.max(0, -calendarDaysUntil(dueAt, stop.occurredAt, rules.timeZone));
      return { status: "met", clock, startedAt, dueAt, metAt: stop.occurredAt, onTime: daysLate === 0, daysLate };
    }
    if (now.getTime() <= dueAt.getTime()) {
      return { status: "running", clock, startedAt, dueAt, daysLeft: calendarDaysUntil(dueAt, now, rules.timeZone) };
    }
    return { status: "overdue", clock, startedAt, dueAt, daysOverdue: -calendarDaysUntil(dueAt, now, rules.timeZone) };
  });
}
