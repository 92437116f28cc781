// When will the next threshold be reached, compared with the deadline? A deliberately simple,
// explainable method: the average daily gain over the last seven days, with a range from the
// day-to-day variation of those gains (mean ± one standard deviation). "Not on track" is a valid
// answer, and so is "cannot tell" when there is too little data. Pure.
import { DAY_MS } from "./growth";

export type DailyPoint = { day: Date; value: number }; // last value of each day

export type Forecast =
  | { status: "reached" }
  | { status: "closed" }
  | { status: "insufficient-data"; reason: "too-few-days" | "no-growth-data" }
  | { status: "stalled"; perDay: number; onTrack: false }
  | {
      status: "estimate";
      perDay: number;
      remaining: number;
      expected: Date;
      earliest: Date;
      latest: Date | null; // null: at the slow end of the range it may never get there
      onTrack: "yes" | "no" | "uncertain" | "no-deadline";
      deadline: Date | null;
      basedOnDays: number;
    };

export const FORECAST_WINDOW_DAYS = 7;

/** Last value per UTC day, from any cumulative series. */
export function dailyLast(series: { at: Date; value: number }[]): DailyPoint[] {
  const byDay = new Map<number, { at: number; value: number }>();
  for (const p of series) {
    const day = Math.floor(p.at.getTime() / DAY_MS);
    const seen = byDay.get(day);
    if (!seen || p.at.getTime() >= seen.at) byDay.set(day, { at: p.at.getTime(), value: p.value });
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, v]) => ({ day: new Date(day * DAY_MS), value: v.value }));
}

export function forecastThreshold(input: {
  daily: DailyPoint[];
  current: number;
  target: number | null;
  deadline: Date | null;
  now: Date;
  open: boolean;
}): Forecast {
  const { daily, current, target, deadline, now, open } = input;
  if (target === null || current >= target) return { status: "reached" };
  if (!open || (deadline && deadline.getTime() < now.getTime())) return { status: "closed" };
  const recent = daily.slice(-(FORECAST_WINDOW_DAYS + 1));
  if (recent.length < 3) return { status: "insufficient-data", reason: "too-few-days" };
  const gains: number[] = [];
  for (let i = 1; i < recent.length; i++) {
    const a = recent[i - 1] as DailyPoint;
    const b = recent[i] as DailyPoint;
    const days = (b.day.getTime() - a.day.getTime()) / DAY_MS;
    gains.push((b.value - a.value) / days);
  }
  const mean = gains.reduce((s, g) => s + g, 0) / gains.length;
  const sd = Math.sqrt(gains.reduce((s, g) => s + (g - mean) ** 2, 0) / Math.max(1, gains.length - 1));
  if (mean <= 0) return { status: "stalled", perDay: Math.max(0, mean), onTrack: false };
  const remaining = target - current;
  const at = (perDay: number) => new Date(now.getTime() + (remaining / perDay) * DAY_MS);
  const expected = at(mean);
  const earliest = at(mean + sd);
  const slow = mean - sd;
  const latest = slow > 0 ? at(slow) : null;
  let onTrack: "yes" | "no" | "uncertain" | "no-deadline" = "no-deadline";
  if (deadline) {
    const d = deadline.getTime();
    if (earliest.getTime() > d) onTrack = "no";
    else if (latest && latest.getTime() <= d) onTrack = "yes";
    else onTrack = "uncertain"; // the deadline falls inside the range
  }
  return { status: "estimate", perDay: mean, remaining, expected, earliest, latest, onTrack, deadline, basedOnDays: gains.length };
}
