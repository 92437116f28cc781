import { describe, expect, it } from "vitest";
import { demoSeries } from "./demo-series";

const at = (iso: string) => new Date(iso);

describe("demo series", () => {
  const anchors = [
    { at: at("2024-12-06T08:00:00Z"), value: 0 },
    { at: at("2024-12-09T13:00:00Z"), value: 50_000 },
    { at: at("2024-12-20T00:00:00Z"), value: 57_000 },
  ];
  const series = demoSeries(anchors, 6, 42);

  it("passes exactly through every anchor", () => {
    for (const a of anchors) expect(series).toContainEqual(a);
  });

  it("never goes down and stays in time order", () => {
    for (let i = 1; i < series.length; i++) {
      expect(series[i]!.value).toBeGreaterThanOrEqual(series[i - 1]!.value);
      expect(series[i]!.at.getTime()).toBeGreaterThan(series[i - 1]!.at.getTime());
    }
  });

  it("is the same every time for the same seed", () => {
    expect(demoSeries(anchors, 6, 42)).toEqual(series);
    expect(demoSeries(anchors, 6, 7)).not.toEqual(series);
  });
});
