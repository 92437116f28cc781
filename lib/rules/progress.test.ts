import { describe, expect, it } from "vitest";
import { catalogRules, JURISDICTIONS } from "./catalog";
import { crossedMilestones, crossedThresholds, evaluateProgress, type CountsByKindAndRegion } from "./progress";
import { populationForRules, resolveRules } from "./schemas";

const at = new Date("2026-01-01T00:00:00Z");
const point = (value: number) => ({ value, observedAt: at, source: "manual" });
const counts = (total: number | null, byRegion: Record<string, number> = {}): CountsByKindAndRegion => ({
  total: total === null ? {} : { TOTAL: point(total) },
  byRegion: Object.fromEntries(Object.entries(byRegion).map(([r, v]) => [r, point(v)])),
});

const uk = resolveRules(catalogRules("uk-parliament-petition", new Date("2024-01-01")).definition);
const fi = resolveRules(catalogRules("fi-citizens-initiative", new Date("2024-12-06")).definition);
const eci = resolveRules(catalogRules("eci", new Date("2025-06-01")).definition);

/** Seven member states exactly at their 2024 minimum (MEPs × 720). */
const sevenAtMinimum = { DE: 69_120, FR: 58_320, IT: 54_720, ES: 43_920, PL: 38_160, RO: 23_760, NL: 22_320 };

describe("UK petition thresholds", () => {
  it("orders 10,000 (response) before 100,000 (debate) and reports the next one", () => {
    const report = evaluateProgress(uk, counts(9_999));
    expect(report.thresholds.map((t) => [t.threshold.target, t.threshold.meaning])).toEqual([
      [10_000, "response"],
      [100_000, "debate"],
    ]);
    expect(report.next?.threshold.code).toBe("response");
    expect(report.next?.remaining).toBe(1);
    expect(report.valid).toBeNull();
  });

  it("counts a threshold as reached at exactly its target", () => {
    const report = evaluateProgress(uk, counts(10_000));
    expect(report.thresholds[0]?.reached).toBe(true);
    expect(report.thresholds[1]?.reached).toBe(false);
    expect(report.next?.threshold.code).toBe("debate");
  });

  it("reports no next threshold once both are passed, with shares above 1", () => {
    const report = evaluateProgress(uk, counts(5_156_603));
    expect(report.next).toBeNull();
    expect(report.thresholds[1]?.share).toBeCloseTo(51.56603);
  });

  it("shows nothing reached and no current value when no count is known", () => {
    const report = evaluateProgress(uk, counts(null));
    expect(report.thresholds.every((t) => t.current === null && !t.reached && t.share === 0)).toBe(true);
  });
});

describe("Finnish national initiative", () => {
  it("is valid from exactly 50,000 statements", () => {
    expect(evaluateProgress(fi, counts(49_999)).valid).toBe(false);
    expect(evaluateProgress(fi, counts(50_000)).valid).toBe(true);
    expect(evaluateProgress(fi, counts(50_926)).next).toBeNull();
  });
});

describe("ECI: 1,000,000 and 7 member states over their minimum", () => {
  it("uses the minimums of the 2024 Parliament (MEPs × 720)", () => {
    const minimums = Object.fromEntries(eci.thresholds.filter((t) => t.region).map((t) => [t.region, t.target]));
    expect(minimums).toMatchObject({ DE: 69_120, FR: 58_320, FI: 10_800, EE: 5_040, MT: 4_320, GR: 15_120 });
    expect(Object.keys(minimums)).toHaveLength(27);
  });

  it("is valid with 1,000,000 and exactly seven states at their minimum", () => {
    const report = evaluateProgress(eci, counts(1_000_000, sevenAtMinimum));
    expect(report.quorum).toMatchObject({ minRegions: 7, regionsOver: 7, met: true });
    expect(report.valid).toBe(true);
  });

  it("is not valid when the seventh state is one signature short", () => {
    const report = evaluateProgress(eci, counts(1_000_000, { ...sevenAtMinimum, NL: 22_319 }));
    expect(report.quorum).toMatchObject({ regionsOver: 6, met: false });
    expect(report.valid).toBe(false);
  });

  it("is not valid with seven states over their minimum but 999,999 in total", () => {
    const report = evaluateProgress(eci, counts(999_999, sevenAtMinimum));
    expect(report.quorum?.met).toBe(true);
    expect(report.valid).toBe(false);
  });

  it("does not count a state with no data, and lists states by share of their minimum", () => {
    const report = evaluateProgress(eci, counts(1_200_000, { FI: 21_600, DE: 69_120 }));
    expect(report.quorum?.regions[0]?.threshold.region).toBe("FI");
    expect(report.quorum?.regions[0]?.share).toBe(2);
    expect(report.quorum?.regionsOver).toBe(2);
    expect(report.quorum?.regions.find((r) => r.threshold.region === "SE")?.current).toBeNull();
  });

  it("keeps the minimums of the rules in force at registration (750 → 705 → 720)", () => {
    const de = (on: string) => catalogRules("eci", new Date(on)).definition.thresholds.find((t) => t.region === "DE")?.target;
    expect(de("2018-01-01")).toBe(72_000);
    expect(de("2021-01-01")).toBe(67_680);
    expect(de("2025-01-01")).toBe(69_120);
  });
});

describe("threshold and milestone crossings", () => {
  it("finds every threshold a single jump crosses", () => {
    expect(crossedThresholds(uk, "TOTAL", 9_000, 120_000).map((t) => t.code)).toEqual(["response", "debate"]);
    expect(crossedThresholds(uk, "TOTAL", 10_000, 20_000)).toEqual([]);
    expect(crossedThresholds(fi, "TOTAL", 49_999, 50_000).map((t) => t.code)).toEqual(["statements"]);
    expect(crossedThresholds(fi, "VERIFIED", 49_999, 50_000)).toEqual([]);
  });

  it("reports 25/50/75/100 % milestones of the next threshold", () => {
    expect(crossedMilestones(fi, "TOTAL", 12_000, 38_000).map((m) => m.percent)).toEqual([25, 50, 75]);
    expect(crossedMilestones(fi, "TOTAL", 37_500, 50_000).map((m) => m.percent)).toEqual([100]);
    expect(crossedMilestones(fi, "TOTAL", 50_000, 60_000)).toEqual([]);
    expect(crossedMilestones(uk, "TOTAL", 10_000, 25_000).map((m) => [m.threshold.code, m.percent])).toEqual([["debate", 25]]);
  });
});

describe("municipal rules resolved at registration", () => {
  it("turns 2 % of residents into a whole number of signatures, rounded up", () => {
    const def = catalogRules("fi-municipal-initiative", new Date("2025-01-01")).definition;
    expect(resolveRules(def, 674_963).thresholds[0]?.target).toBe(13_500);
    expect(() => resolveRules(def, null)).toThrow(/population/);
  });
  it("counts residents entitled to vote when the jurisdiction records them (Helsinki), else its residents", () => {
    const helsinki = JURISDICTIONS.find((j) => j.code === "fi-helsinki");
    expect(helsinki).toMatchObject({ population: 684_018, populationAsOf: "2024-12-31", electorate: 550_000, electorateIsEstimate: true });
    const def = catalogRules("fi-municipal-initiative", new Date("2025-06-01")).definition;
    expect(resolveRules(def, populationForRules(helsinki ?? {})).thresholds[0]?.target).toBe(11_000);
    expect(populationForRules({ population: 1_000 })).toBe(1_000);
    expect(populationForRules({ electorate: null, population: null })).toBeNull();
  });
});
