import { describe, expect, it } from "vitest";
import { growthPerDay, growthPerDaySorted, type SeriesPoint } from "./growth";

const DAY = 86_400_000;
const series: SeriesPoint[] = Array.from({ length: 40 }, (_, i) => ({
  at: new Date(Date.UTC(2026, 0, 1) + i * 0.4 * DAY),
  value: 1000 + i * i * 10,
}));

describe("growth over the first points of a series", () => {
  it("is the same as the growth of that prefix on its own", () => {
    for (const length of [2, 3, 10, 25, 40]) {
      expect(growthPerDaySorted(series, 7, length)).toBeCloseTo(growthPerDay(series.slice(0, length)) as number, 9);
    }
  });
});
