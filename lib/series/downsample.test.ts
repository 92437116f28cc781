import { describe, expect, it } from "vitest";
import { sampleEvenly } from "./downsample";

describe("sampleEvenly", () => {
  const series = Array.from({ length: 1000 }, (_, i) => i);

  it("keeps at most max items, the first and the last among them, in order", () => {
    const kept = sampleEvenly(series, 24);
    expect(kept).toHaveLength(24);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(999);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(new Set(kept).size).toBe(24);
  });

  it("spreads them evenly (no gap much wider than the others)", () => {
    const kept = sampleEvenly(series, 11);
    const gaps = kept.slice(1).map((v, i) => v - (kept[i] as number));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });

  it("returns a short series whole, and copes with tiny limits", () => {
    expect(sampleEvenly([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(sampleEvenly(series, 1)).toEqual([999]);
    expect(sampleEvenly(series, 0)).toEqual([]);
  });
});
