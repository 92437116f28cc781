// Every real UK fixture, imported as an operator would. This file is the only test that imports
// these petitions under their real ids (parallel test files use ids of their own).
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expandPaths, importFiles } from "../import-files";
import type { ImportResult } from "../plan";

const UK = path.resolve(import.meta.dirname, "../fixtures/real/uk-petitions");
const isPetitionJson = (f: string) => f.endsWith(".json") && !f.includes("parliament_lda_petition_tracking");
type Attributes = { signature_count: number; updated_at: string; action_prefix?: string };

/** Per petition, the signature_count of the file with the newest updated_at (the source's own time). */
async function newestCounts(files: string[]): Promise<Map<string, number>> {
  const newest = new Map<string, { at: string; count: number }>();
  for (const file of files) {
    const json = JSON.parse(await readFile(file, "utf8")) as { data?: unknown };
    const rows = (Array.isArray(json.data) ? json.data : [json.data ?? json]) as { id: number; attributes: Attributes }[];
    for (const { id, attributes: a } of rows) {
      const key = `${a.action_prefix ? "no10:" : ""}${id}`;
      const seen = newest.get(key);
      if (!seen || a.updated_at > seen.at) newest.set(key, { at: a.updated_at, count: a.signature_count });
    }
  }
  return new Map([...newest].map(([k, v]) => [k, v.count]));
}

const ukInitiatives = () => ({ externalSource: "uk-petitions", externalId: { in: [...expected.keys()] } });
let expected = new Map<string, number>();

const totals = (results: ImportResult[]) => ({
  created: results.filter((r) => r.created).length,
  observations: results.reduce((n, r) => n + r.observationsAdded + r.observationsCorrected, 0),
  stages: results.reduce((n, r) => n + r.stagesAdded, 0),
  responses: results.reduce((n, r) => n + r.responsesAdded + r.responsesUpdated, 0),
});

async function counts() {
  const where = { initiative: ukInitiatives() };
  const ids = (await db().initiative.findMany({ where: ukInitiatives(), select: { id: true } })).map((i) => i.id);
  return {
    observations: await db().countObservation.count({ where }),
    flags: await db().dataQualityFlag.count({ where }),
    stages: await db().stageEvent.count({ where }),
    responses: await db().officialResponse.count({ where }),
    events: await db().domainEvent.count({ where }),
    audits: await db().auditEvent.count({ where: { initiativeId: { in: ids } } }),
  };
}

// Whole folders and child processes: minutes on a machine shared with builds, so a generous limit.
describe.sequential("importing every real UK petition fixture (real PostgreSQL)", { timeout: 120_000 }, () => {
  it("imports every petition JSON without error, and each petition's latest total is its newest file's signature_count", async () => {
    const { files } = await expandPaths([UK]);
    const json = files.filter(isPetitionJson);
    expected = await newestCounts(json);
    expect(expected.size).toBe(67);
    const outcomes = await importFiles("uk", json);
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    const rows = await db().initiative.findMany({ where: ukInitiatives(), select: { externalId: true, latestTotal: true } });
    expect(rows).toHaveLength(expected.size);
    for (const row of rows) expect([row.externalId, row.latestTotal]).toEqual([row.externalId, expected.get(row.externalId ?? "")]);
  });

  it("imports the whole folder, tracks and histories included, without error", async () => {
    const outcomes = await importFiles("uk", [UK]);
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    // README.md and MANIFEST.csv are documentation.
    expect(outcomes.filter((o) => o.skipped).map((o) => path.basename(o.file))).toEqual(["MANIFEST.csv"]);
    const results = outcomes.flatMap((o) => o.results);
    const history = results.filter((r) => r.file.includes("/history/") || r.file.includes("tracking"));
    // 241584: one per row; 700143: two rows 36 µs apart are one millisecond; 104334: its track
    // repeats its CSV, so nothing twice; 104309: a 2-item track.
    expect(history.reduce((n, r) => n + r.observationsAdded, 0)).toBe(2699 + 6587 + 8 + 2);
    // The petition JSON was imported already: nothing new from it.
    expect(totals(results.filter((r) => !history.includes(r)))).toEqual({ created: 0, observations: 0, stages: 0, responses: 0 });
  });

  it("imports the whole folder again and adds nothing at all", async () => {
    const before = await counts();
    const outcomes = await importFiles("uk", [UK]);
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    expect(totals(outcomes.flatMap((o) => o.results))).toEqual({ created: 0, observations: 0, stages: 0, responses: 0 });
    expect(await counts()).toEqual(before);
  });

  it("stores a changed count as exactly one observation, and a new value for the same time as a correction", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "threshold-uk-"));
    const original = await readFile(path.join(UK, "scraper-pretty/241584_20190422T1237Z.json"), "utf8");
    const where = { initiative: { externalSource: "uk-petitions", externalId: "241584" } };
    const before = await db().countObservation.count({ where });

    const later = original
      .replace('"signature_count": 6078985', '"signature_count": 6078990')
      .replace('"updated_at": "2019-04-22T12:37:02.295Z"', '"updated_at": "2019-04-22T12:47:02.295Z"');
    await writeFile(path.join(dir, "241584_later.json"), later);
    const [changed] = await importFiles("uk", [path.join(dir, "241584_later.json")]);
    expect(changed?.results[0]).toMatchObject({ observationsAdded: 1, observationsCorrected: 0 });
    expect(await db().countObservation.count({ where })).toBe(before + 1);

    await writeFile(path.join(dir, "241584_later.json"), later.replace('"signature_count": 6078990', '"signature_count": 6078991'));
    const [corrected] = await importFiles("uk", [path.join(dir, "241584_later.json")]);
    expect(corrected?.results[0]).toMatchObject({ observationsAdded: 0, observationsCorrected: 1 });
    const initiative = await db().initiative.findFirstOrThrow({ where: { externalSource: "uk-petitions", externalId: "241584" } });
    expect(initiative.latestTotal).toBe(6078991);
    const correction = await db().countObservation.findFirstOrThrow({ where: { ...where, value: 6078991 }, include: { supersedes: true } });
    expect(correction.supersedes).toMatchObject({ value: 6078990 }); // kept: observations are append-only
  });

  it("keeps provenance: the source URL and time on each count, and what each import did in the audit trail", async () => {
    const initiative = await db().initiative.findFirstOrThrow({ where: { externalSource: "uk-petitions", externalId: "700143" } });
    const total = await db().countObservation.findFirstOrThrow({
      where: { initiativeId: initiative.id, region: "", observedAt: new Date("2024-11-24T20:02:10.000Z") },
    });
    expect(total).toMatchObject({
      value: 1462163,
      source: "import:uk-petitions",
      sourceUrl: "https://petition.parliament.uk/petitions/700143.json",
      sourceUpdatedAt: new Date("2024-11-24T20:02:10.000Z"),
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { initiativeId: initiative.id, action: "import.apply" },
      orderBy: { id: "asc" },
    });
    expect(audit).toMatchObject({ actorLabel: "importer:uk-petitions", via: "import" });
    expect(audit.after).toMatchObject({
      source: "uk-petitions",
      resourceUrl: "https://petition.parliament.uk/petitions/700143.json",
      created: true,
    });
    const state = await db().importState.findFirstOrThrow({
      where: { source: "uk-petitions", resourceUrl: "https://petition.parliament.uk/petitions/700143.json" },
    });
    expect(state).toMatchObject({ initiativeId: initiative.id, failureCount: 0, lastError: null });
    expect(state.lastResult).toMatchObject({ sourceUpdatedAt: "2024-11-24T20:02:10.000Z" });
  });
});
