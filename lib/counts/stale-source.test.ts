import { describe, expect, it } from "vitest";
import { STALE_MINIMUM_MS, staleSource } from "./stale-source";

const H = 3_600_000;
const at = (h: number) => new Date(Date.UTC(2026, 0, 5) + h * H);
const series = (hours: number[], source = "import:uk-petitions") => hours.map((h) => ({ observedAt: at(h), source }));

describe("stale source", () => {
  it("flags a source silent for more than three times its usual rhythm", () => {
    const s = staleSource(series([0, 24, 48, 72]), at(72 + 73), true);
    expect(s).toMatchObject({ source: "import:uk-petitions", usualIntervalMs: 24 * H, silentForMs: 73 * H });
    expect(s?.lastObservedAt).toEqual(at(72));
  });

  it("does not flag a source within its rhythm", () => {
    expect(staleSource(series([0, 24, 48, 72]), at(72 + 71), true)).toBeNull();
  });

  it("uses the median interval, so one long gap in the past does not hide staleness", () => {
    expect(staleSource(series([0, 1, 2, 3, 100, 101]), at(101 + 7), true)).not.toBeNull();
  });

  it("never flags a frequent source sooner than the minimum silence", () => {
    const minutes = [0, 0.1, 0.2, 0.3];
    expect(staleSource(series(minutes), new Date(at(0.3).getTime() + STALE_MINIMUM_MS - 1), true)).toBeNull();
    expect(staleSource(series(minutes), new Date(at(0.3).getTime() + STALE_MINIMUM_MS + 1), true)).not.toBeNull();
  });

  it("needs a rhythm: fewer than three updates from the latest source say nothing", () => {
    expect(staleSource(series([0, 24]), at(1000), true)).toBeNull();
    expect(staleSource([...series([0, 24, 48], "manual"), ...series([60], "api")], at(1000), true)).toBeNull();
  });

  it("does not flag initiatives that stopped collecting", () => {
    expect(staleSource(series([0, 24, 48, 72]), at(1000), false)).toBeNull();
  });
});
