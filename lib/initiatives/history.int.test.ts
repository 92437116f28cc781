import { describe, expect, it } from "vitest";
import { recordObservationsInTx } from "@/lib/counts/record-counts";
import type { TObservation } from "@/lib/counts/schemas";
import { findCountSeries } from "@/lib/counts/series";
import { db } from "@/lib/db";
import { downsample } from "@/lib/series/downsample";
import { makeInitiative, testActor } from "@/lib/testing/factories";
import { chartSeries, lastPerBucket, rawPoints } from "./history";
import { findInitiativeStatus } from "./queries";

const HOUR = 3_600_000;
const start = Date.UTC(2026, 0, 5, 10, 7);

/** An irregular growing series: bursts of minutes, quiet hours and empty days. */
function series(n: number, from = start): TObservation[] {
  const out: TObservation[] = [];
  let t = from;
  let value = 0;
  for (let i = 0; i < n; i++) {
    t += i % 97 === 0 ? 26 * HOUR : i % 13 === 0 ? 3 * HOUR : ((i * 7919) % 40) * 60_000 + 1000;
    value += (i * 31) % 50;
    out.push({ value, kind: "TOTAL", region: "", observedAt: new Date(t) });
  }
  return out;
}

async function record(slug: string, observations: TObservation[]) {
  await db().$transaction((tx) => recordObservationsInTx(tx, testActor, { slug }, observations, { via: "import" }), { timeout: 60_000 });
}

const plain = (points: { observedAt: Date; value: number }[]) => points.map((p) => [p.observedAt.toISOString(), p.value]);

describe("count series downsampled in PostgreSQL", () => {
  it("gives exactly what the reference downsampling gives, per hour, day and week, without corrected counts", async () => {
    const { slug, id } = await makeInitiative();
    const observations = series(1500);
    await record(slug, observations);
    // The latest count corrected by one timed a moment earlier: the wrong count, though later, must
    // not be the one shown for its bucket.
    const wrong = await db().countObservation.findFirstOrThrow({ where: { initiativeId: id }, orderBy: { observedAt: "desc" } });
    const corrected = { value: wrong.value + 1, observedAt: new Date(wrong.observedAt.getTime() - 500) };
    await record(slug, [{ ...corrected, kind: "TOTAL", region: "", supersedesId: wrong.id, correctionReason: "typo" }]);
    const key = { initiativeId: id, kind: "TOTAL" as const, region: "" };
    const stored = await rawPoints(key);
    expect(stored).toHaveLength(1500);
    expect(stored[stored.length - 1]).toMatchObject(corrected);
    for (const resolution of ["hour", "day", "week"] as const) {
      expect(plain(await lastPerBucket(key, resolution))).toEqual(plain(downsample(stored, resolution)));
    }
    // A range and a limit: the newest buckets of the range.
    const range = { from: new Date(start + 3 * 24 * HOUR), to: new Date(start + 9 * 24 * HOUR) };
    const inRange = stored.filter((p) => p.observedAt >= range.from && p.observedAt <= range.to);
    expect(plain(await lastPerBucket(key, "hour", { range, limit: 5 }))).toEqual(plain(downsample(inRange, "hour").slice(-5)));
  });

  it("keeps a chart under its point budget, with the first and last counts and each threshold's crossing", async () => {
    const { slug, id } = await makeInitiative();
    // Finnish citizens' initiative: 50,000 statements. A steady climb past it, one count a minute.
    const observations = Array.from({ length: 3000 }, (_, i) => ({
      value: 40_000 + i * 7,
      kind: "TOTAL",
      region: "",
      observedAt: new Date(start + i * 60_000),
    })) as TObservation[];
    await record(slug, observations);
    const key = { initiativeId: id, kind: "TOTAL" as const, region: "" };
    // 50 hours of data over three days: at most 40 points are days, at most 60 are hours.
    expect((await chartSeries(key, [50_000], 60)).resolution).toBe("hour");
    const chart = await chartSeries(key, [50_000], 40);
    expect(chart.resolution).toBe("day");
    expect(chart.points.length).toBeLessThanOrEqual(40 + 1 + 1);
    const values = chart.points.map((p) => p.value);
    expect(values[0]).toBe(40_000);
    expect(values[values.length - 1]).toBe(40_000 + 2999 * 7);
    expect(values).toContain(50_003); // the first count at or over 50,000
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    // Few enough counts: every one of them.
    const few = await chartSeries(key, [50_000], 5000);
    expect(few).toMatchObject({ resolution: "raw" });
    expect(few.points).toHaveLength(3000);
  });

  it("answers the counts API by day for every region from the index, and the status page from the last counts", async () => {
    const { slug } = await makeInitiative({ schemeCode: "eci", openedAt: new Date("2026-01-05T10:00:00Z") });
    const at = (h: number) => new Date(start + h * HOUR);
    await record(slug, [
      ...[0, 5, 30, 31, 80].map((h, i) => ({ value: 1000 * (i + 1), kind: "TOTAL", region: "", observedAt: at(h) })),
      ...[1, 26, 27].map((h, i) => ({ value: 100 * (i + 1), kind: "TOTAL", region: "DE", observedAt: at(h) })),
      ...[2, 3].map((h, i) => ({ value: 10 * (i + 1), kind: "TOTAL", region: "FI", observedAt: at(h) })),
      { value: 900, kind: "ONLINE", region: "", observedAt: at(4) },
    ] as TObservation[]);
    const byDay = await findCountSeries(slug, { resolution: "day", region: "*" });
    const points = (kind: string, region: string) =>
      byDay?.series.find((s) => s.kind === kind && s.region === region)?.points.map((p) => [p.observedAt, p.value]);
    expect(points("TOTAL", "")).toEqual([
      [at(5).toISOString(), 2000],
      [at(31).toISOString(), 4000],
      [at(80).toISOString(), 5000],
    ]);
    expect(points("TOTAL", "DE")).toEqual([
      [at(1).toISOString(), 100],
      [at(27).toISOString(), 300],
    ]);
    expect(points("TOTAL", "FI")).toEqual([[at(3).toISOString(), 20]]);
    expect(points("ONLINE", "")).toEqual([[at(4).toISOString(), 900]]);
    // Default: the whole initiative only, every kind.
    const whole = await findCountSeries(slug, { resolution: "raw" });
    expect(whole?.series.map((s) => [s.kind, s.region, s.points.length])).toEqual([
      ["TOTAL", "", 5],
      ["ONLINE", "", 1],
    ]);

    const status = await findInitiativeStatus(slug, at(100));
    expect(status?.countsByKind.map((c) => [c.kind, c.value])).toEqual([
      ["TOTAL", 5000],
      ["ONLINE", 900],
    ]);
    expect(status?.regions.map((r) => [r.region, r.value])).toEqual([
      ["DE", 300],
      ["FI", 20],
    ]);
    expect(status?.history.points.map((p) => p.value)).toEqual([1000, 2000, 3000, 4000, 5000]);
  });
});
