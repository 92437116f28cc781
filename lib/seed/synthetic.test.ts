import { describe, expect, it } from "vitest";
import { utcStamper } from "./synthetic-copy";

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 23).replace("T", " ");

describe("the synthetic load's timestamps", () => {
  it("read as toISOString's UTC wall time, across days, years and a leap day, for times in order", () => {
    const stamp = utcStamper();
    const start = Date.parse("2023-12-30T23:59:58.123Z");
    // Steps of odd lengths (some under a second, some over a day) to land on every field's edges.
    for (let ms = start, i = 0; i < 50_000; i++, ms += 977 + (i % 7) * 36_001_003) expect(stamp(ms)).toBe(iso(ms));
    expect(stamp(Date.parse("2024-02-29T00:00:00.000Z"))).toBe("2024-02-29 00:00:00.000");
    expect(stamp(Date.parse("2024-03-01T09:05:07.008Z"))).toBe("2024-03-01 09:05:07.008");
  });
});
