import { describe, expect, it } from "vitest";
import { downsample, resolutionFor } from "./downsample";
import { dailyLast, forecastThreshold } from "./forecast";
import { growthPerDay, valueAt } from "./growth";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const steady = (perDay: number, days: number, start = 0) =>
  Array.from({ length: days + 1 }, (_, i) => ({ day: day(i), value: start + perDay * i }));

describe("growth", () => {
  it("averages signatures per day over the last seven days", () => {
    const series = Array.from({ length: 15 }, (_, i) => ({ at: day(i), value: i < 7 ? i * 100 : 600 + (i - 6) * 1000 }));
    expect(growthPerDay(series)).toBe(1000);
  });

  it("interpolates between irregular observations", () => {
    const series = [
      { at: new Date("2026-01-01T00:00:00Z"), value: 0 },
      { at: new Date("2026-01-03T00:00:00Z"), value: 200 },
    ];
    expect(valueAt(series, new Date("2026-01-02T12:00:00Z"))).toBe(150);
    expect(valueAt(series, new Date("2025-12-31T00:00:00Z"))).toBeNull();
  });

  it("needs at least six hours of data", () => {
    expect(growthPerDay([{ at: day(0), value: 1 }])).toBeNull();
    expect(
      growthPerDay([
        { at: day(0), value: 1 },
        { at: new Date(day(0).getTime() + 3_600_000), value: 50 },
      ]),
    ).toBeNull();
  });
});

describe("forecast of the next threshold", () => {
  const now = new Date(Date.UTC(2026, 0, 8, 12));

  it("estimates the date from the average daily gain and says on track when the whole range is before the deadline", () => {
    const f = forecastThreshold({ daily: steady(1000, 7, 40_000), current: 47_000, target: 50_000, deadline: day(30), now, open: true });
    expect(f).toMatchObject({ status: "estimate", perDay: 1000, remaining: 3000, onTrack: "yes" });
    if (f.status === "estimate") expect(f.expected.toISOString()).toBe("2026-01-11T12:00:00.000Z");
  });

  it("says not on track when even the fast end of the range misses the deadline", () => {
    const f = forecastThreshold({ daily: steady(100, 7, 1000), current: 1700, target: 50_000, deadline: day(30), now, open: true });
    expect(f).toMatchObject({ status: "estimate", onTrack: "no" });
  });

  it("is uncertain when the deadline falls inside the range", () => {
    const gains = [500, 1500, 400, 1600, 450, 1550, 1000];
    const daily = [{ day: day(0), value: 0 }];
    gains.forEach((g, i) => daily.push({ day: day(i + 1), value: (daily[i] as { value: number }).value + g }));
    const current = (daily[daily.length - 1] as { value: number }).value;
    const f = forecastThreshold({
      daily,
      current,
      target: current + 10_000,
      deadline: new Date(now.getTime() + 10 * 86_400_000),
      now,
      open: true,
    });
    expect(f).toMatchObject({ status: "estimate", onTrack: "uncertain" });
    if (f.status === "estimate") expect(f.earliest.getTime()).toBeLessThan(f.expected.getTime());
  });

  it("reports a stalled count rather than a date", () => {
    expect(forecastThreshold({ daily: steady(0, 7, 500), current: 500, target: 10_000, deadline: day(30), now, open: true })).toMatchObject(
      { status: "stalled", onTrack: false },
    );
  });

  it("has nothing to forecast when reached, closed, or with under three days of data", () => {
    expect(forecastThreshold({ daily: steady(10, 7), current: 60_000, target: 50_000, deadline: null, now, open: true }).status).toBe(
      "reached",
    );
    expect(forecastThreshold({ daily: steady(10, 7), current: 1, target: 50_000, deadline: day(3), now, open: true }).status).toBe(
      "closed",
    );
    expect(forecastThreshold({ daily: steady(10, 1), current: 10, target: 50_000, deadline: null, now, open: true })).toMatchObject({
      status: "insufficient-data",
    });
  });

  it("keeps the last value of each day", () => {
    const series = [
      { at: new Date("2026-01-01T08:00:00Z"), value: 10 },
      { at: new Date("2026-01-01T20:00:00Z"), value: 30 },
      { at: new Date("2026-01-02T01:00:00Z"), value: 35 },
    ];
    expect(dailyLast(series).map((d) => d.value)).toEqual([30, 35]);
  });
});

describe("downsampling", () => {
  const series = Array.from({ length: 48 }, (_, i) => ({ observedAt: new Date(Date.UTC(2026, 0, 1, i)), value: i * 10 }));

  it("keeps the last real observation of each bucket", () => {
    const daily = downsample(series, "day");
    expect(daily).toEqual([series[23], series[47]]);
    expect(downsample(series, "raw")).toHaveLength(48);
    expect(downsample(series, "hour")).toHaveLength(48);
  });

  it("chooses the finest resolution under a point budget", () => {
    expect(resolutionFor(series, 100)).toBe("raw");
    expect(resolutionFor(series, 10)).toBe("day");
  });
});
