import { describe, expect, it } from "vitest";
import { catalogRules } from "@/lib/rules/catalog";
import { resolveRules } from "@/lib/rules/schemas";
import { dailyLast } from "@/lib/series/forecast";
import { isOpen, toSummary } from "./to-dto";
import { toStatus, type StatusRow } from "./to-status";

const now = new Date("2026-11-29T12:00:00Z");
const ukRules = resolveRules(catalogRules("uk-parliament-petition", new Date("2024-01-01")).definition);
const eciRules = resolveRules(catalogRules("eci", new Date("2025-06-01")).definition);

function row(overrides: Partial<StatusRow> = {}): StatusRow {
  return {
    slug: "a-petition",
    title: { en: "A petition" },
    primaryLanguage: "en",
    rules: ukRules,
    currentStage: "collecting",
    currentStageAt: new Date("2026-11-01T10:00:00Z"),
    latestTotal: 12_500,
    latestTotalAt: new Date("2026-11-28T10:00:00Z"),
    latestTotalSource: "import:uk-petitions",
    growthPerDay: 400,
    collectionEndsAt: new Date("2027-05-01T22:59:59.999Z"),
    closedAt: null,
    withdrawnAt: null,
    scheme: { code: "uk-parliament-petition", name: { en: "UK Parliament petition" } },
    jurisdiction: { code: "uk", name: { en: "United Kingdom" } },
    topics: [],
    summary: { en: "Summary" },
    externalUrl: null,
    organisers: [],
    registeredAt: null,
    openedAt: new Date("2026-11-01T10:00:00Z"),
    submittedAt: null,
    withdrawnReason: null,
    ruleSet: {
      version: 3,
      effectiveFrom: new Date("2015-07-20T00:00:00Z"),
      legalSourceTitle: "Rules",
      legalSourceUrl: "https://petition.parliament.uk/help",
      note: null,
    },
    stageEvents: [
      {
        id: "e1",
        stage: "collecting",
        occurredAt: new Date("2026-11-01T10:00:00Z"),
        scheduledFor: null,
        title: null,
        body: null,
        documents: [],
        source: "manual",
        sourceUrl: null,
      },
    ],
    responses: [],
    dataNotes: [],
    ...overrides,
  };
}

const count = (value: number, region = "", at = "2026-11-28T10:00:00Z") => ({
  kind: "TOTAL" as const,
  region,
  value,
  observedAt: new Date(at),
  source: "manual",
  sourceUrl: null,
});

describe("what a list shows of an initiative", () => {
  it("shows progress toward the next unmet threshold (UK: 100,000 once 10,000 is passed)", () => {
    const s = toSummary(row(), now);
    expect(s.nextThreshold).toMatchObject({ code: "debate", target: 100_000, current: 12_500, reached: false, remaining: 87_500 });
    expect(s.latestTotal).toEqual({
      value: 12_500,
      observedAt: "2026-11-28T10:00:00.000Z",
      source: "import:uk-petitions",
      sourceUrl: null,
    });
  });

  it("is open only while collecting: not after the deadline, closing or withdrawal", () => {
    expect(isOpen(row(), now)).toBe(true);
    expect(isOpen(row({ collectionEndsAt: new Date("2026-11-29T11:59:59Z") }), now)).toBe(false);
    expect(isOpen(row({ closedAt: new Date("2026-11-20T00:00:00Z") }), now)).toBe(false);
    expect(isOpen(row({ withdrawnAt: new Date("2026-11-20T00:00:00Z") }), now)).toBe(false);
    expect(toSummary(row({ withdrawnAt: new Date() }), now).withdrawn).toBe(true);
  });

  it("has no count and no progress before the first observation", () => {
    const s = toSummary(row({ latestTotal: null, latestTotalAt: null }), now);
    expect(s.latestTotal).toBeNull();
    expect(s.nextThreshold).toMatchObject({ code: "response", current: null, share: 0 });
  });
});

const none = { resolution: "raw" as const, points: [] };

describe("what a status page shows", () => {
  it("lists every threshold lowest first with the time and source of the count", () => {
    const s = toStatus(row(), { byKind: [count(12_500)], byRegion: [], history: none, daily: [] }, now);
    expect(s.thresholds.map((t) => [t.target, t.reached, t.observedAt])).toEqual([
      [10_000, true, "2026-11-28T10:00:00.000Z"],
      [100_000, false, "2026-11-28T10:00:00.000Z"],
    ]);
    expect(s.timeLeft).toEqual({ status: "open", deadline: "2027-05-01T22:59:59.999Z", daysLeft: 153, daysAgo: null });
  });

  it("shows the ECI member states by share of their minimum and the seven-state verdict", () => {
    const regions = [count(69_120, "DE"), count(5_000, "FI"), count(4_320, "MT")];
    const s = toStatus(
      row({ rules: eciRules, currentStage: "collecting", collectionEndsAt: null }),
      { byKind: [count(1_200_000)], byRegion: regions, history: none, daily: [] },
      now,
    );
    expect(s.quorum?.regionsOver).toBe(2);
    expect(s.quorum?.met).toBe(false);
    expect(s.quorum?.regions.slice(0, 3).map((r) => r.region)).toEqual(["DE", "MT", "FI"]);
    expect(s.quorum?.regions).toHaveLength(27);
    expect(s.valid).toBe(false);
  });

  it("forecasts the next threshold against the deadline from the last week's daily gains", () => {
    const history = Array.from({ length: 10 }, (_, i) => ({
      observedAt: new Date(Date.UTC(2026, 10, 19 + i, 20)),
      value: 9_000 + i * 400,
      source: "manual",
    }));
    const daily = dailyLast(history.map((h) => ({ at: h.observedAt, value: h.value })));
    const s = toStatus(
      row({ latestTotal: 12_600 }),
      { byKind: [count(12_600)], byRegion: [], history: { resolution: "raw", points: history }, daily },
      now,
    );
    expect(s.forecast).toMatchObject({ status: "estimate", threshold: "debate", perDay: 400, onTrack: "no" });
    expect(s.forecast.method).toMatch(/last 7 days/);
  });

  it("shows the path taken with its dates, and rejection only as one of the alternatives", () => {
    const s = toStatus(row(), { byKind: [count(12_500)], byRegion: [], history: none, daily: [] }, now);
    expect(s.process.path).toEqual([
      expect.objectContaining({ code: "collecting", reachedAt: "2026-11-01T10:00:00.000Z", current: true, basis: "event" }),
    ]);
    expect(s.process.next.find((l) => l.code === "rejected")).toMatchObject({ terminal: true });
    expect(s.process.outcome).toBeNull();
  });
});
