// The real ECI snapshot series (2025/000006: only this file imports it) and the constructed
// register responses (2021/000097-000099: only this file).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getInitiativeStatus } from "@/lib/initiatives/queries";
import { countryCode } from "../countries";
import { importFiles } from "../import-files";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const SNAPSHOTS = path.join(FIXTURES, "real/eci/eci58-2025-000006-snapshots.json");
const REGISTER = path.join(FIXTURES, "constructed/eci/register");
type Snapshot = { timestamp: string; total_signatures: number; countries: { country: string; signatures: number; threshold: number }[] };

describe.sequential("importing the ECI (real PostgreSQL)", () => {
  it("gives per-country observations whose sum equals each snapshot's total", async () => {
    const outcomes = await importFiles("eci", [SNAPSHOTS]);
    expect(outcomes.map((o) => o.error)).toEqual([undefined]);
    const snapshots = JSON.parse(readFileSync(SNAPSHOTS, "utf8")) as Snapshot[];
    const initiative = await db().initiative.findFirstOrThrow({ where: { externalSource: "eci", externalId: "2025/000006" } });
    const stored = await db().countObservation.findMany({ where: { initiativeId: initiative.id } });
    expect(stored.filter((o) => o.region === "")).toHaveLength(snapshots.length);
    for (const s of snapshots) {
      const at = new Date(s.timestamp).getTime();
      const same = stored.filter((o) => o.observedAt.getTime() === at);
      expect(same.find((o) => o.region === "")?.value).toBe(s.total_signatures);
      const countries = same.filter((o) => o.region !== "");
      expect(countries).toHaveLength(s.countries.length);
      if (s.countries.length) expect(countries.reduce((n, o) => n + o.value, 0)).toBe(s.total_signatures);
    }
    // The counts add up everywhere: no snapshot is flagged.
    expect(await db().dataQualityFlag.count({ where: { initiativeId: initiative.id, code: "regions-mismatch" } })).toBe(0);
  });

  it("applies the 7-state rule at the last snapshot with the per-country thresholds the file states", async () => {
    const snapshots = JSON.parse(readFileSync(SNAPSHOTS, "utf8")) as Snapshot[];
    const last = snapshots.at(-1) as Snapshot;
    const status = await getInitiativeStatus("eci-2025-000006");
    const quorum = status.quorum;
    expect(quorum?.minRegions).toBe(7);
    const byRegion = new Map(quorum?.regions.map((r) => [r.region, r]));
    expect(byRegion.size).toBe(27);
    for (const c of last.countries) {
      const region = byRegion.get(countryCode(c.country));
      expect([c.country, region?.target, region?.current, region?.reached]).toEqual([
        c.country,
        c.threshold,
        c.signatures,
        c.signatures >= c.threshold,
      ]);
    }
    const over = last.countries.filter((c) => c.signatures >= c.threshold).length;
    expect(quorum?.regionsOver).toBe(over);
    expect(quorum?.met).toBe(over >= 7);
    expect(status.latestTotal?.value).toBe(last.total_signatures);
  });

  it("imports the snapshots again and adds nothing", async () => {
    const [again] = await importFiles("eci", [SNAPSHOTS]);
    expect(again?.results[0]).toMatchObject({ created: false, observationsAdded: 0, observationsCorrected: 0, stagesAdded: 0 });
  });

  it("imports register responses: EL and GR are Greece, verified counts, every step, the answer, the search index", async () => {
    const outcomes = await importFiles("eci", [REGISTER]);
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    const collecting = await db().initiative.findFirstOrThrow({
      where: { externalSource: "eci", externalId: "2021/000097" },
      include: { observations: true },
    });
    expect(collecting.observations.find((o) => o.region === "GR")).toMatchObject({ value: 15932, kind: "TOTAL" });
    expect(collecting.observations.some((o) => o.region === "EL")).toBe(false);
    expect(collecting.currentStage).toBe("collecting");

    const answered = await db().initiative.findFirstOrThrow({
      where: { externalSource: "eci", externalId: "2021/000098" },
      include: { observations: true, stageEvents: { orderBy: { occurredAt: "asc" } }, responses: true },
    });
    expect(answered.observations.find((o) => o.region === "GR" && o.kind === "VERIFIED")?.value).toBe(18112);
    expect(answered.stageEvents.map((e) => e.stage)).toEqual([
      "registered",
      "collecting",
      "collection-closed",
      "verification",
      "verified",
      "submitted",
      "answered",
    ]);
    expect(answered.responses).toEqual([expect.objectContaining({ kind: "COMMUNICATION" })]);
    // From the search index: the total collected, besides the verified count.
    expect(answered.latestTotal).toBe(1_012_340);
    expect(await db().initiative.count({ where: { externalSource: "eci", externalId: "2021/000099" } })).toBe(0);

    const again = await importFiles("eci", [REGISTER]);
    expect(
      again
        .flatMap((o) => o.results)
        .every((r) => !r.created && r.observationsAdded === 0 && r.stagesAdded === 0 && r.responsesAdded === 0),
    ).toBe(true);
  });
});
