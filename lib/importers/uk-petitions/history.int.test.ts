import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueNumber, withId } from "@/lib/testing/importers";
import { applyPlan } from "../apply-plan";
import { importUkHistory } from "../import-files";
import type { ImportPlan } from "../plan";
import { readUkJson } from "./read";

const UK = path.resolve(import.meta.dirname, "../fixtures/real/uk-petitions");
const CSV = path.join(UK, "history/241584_git-history_evilneuro.csv");

/** Registers 241584 under a new number, without its counts, as a history is loaded before snapshots. */
async function registerRevokeArticle50(): Promise<{ id: string; initiativeId: string }> {
  const id = uniqueNumber();
  const text = withId(readFileSync(path.join(UK, "api-raw/241584_2019-03-24.json"), "utf8"), "241584", id);
  const plan = readUkJson(`${id}.json`, text)[0] as ImportPlan;
  await applyPlan({ ...plan, observations: [], stages: [], responses: [], thresholdsReached: [] });
  const initiative = await db().initiative.findFirstOrThrow({ where: { externalSource: "uk-petitions", externalId: id } });
  return { id, initiativeId: initiative.id };
}

describe("loading the 241584 count history (real PostgreSQL)", () => {
  it("stores one observation per row and flags each row where the count went down (4)", async () => {
    const { id, initiativeId } = await registerRevokeArticle50();
    const rows = readFileSync(CSV, "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","))
      .map(([at, count]) => ({ at: new Date(at as string), value: Number(count) }));
    const decreases = rows.flatMap((r, i) =>
      i > 0 && r.value < (rows[i - 1] as { value: number }).value
        ? [{ at: r.at, from: (rows[i - 1] as { value: number }).value, to: r.value }]
        : [],
    );
    expect(rows).toHaveLength(2699);
    expect(decreases).toHaveLength(4);

    const outcome = await importUkHistory(id, CSV);
    expect(outcome.error).toBeUndefined();
    expect(outcome.results[0]).toMatchObject({ observationsAdded: 2699, warnings: [] });
    const stored = await db().countObservation.findMany({ where: { initiativeId }, orderBy: { observedAt: "asc" } });
    expect(stored.map((o) => [o.observedAt.getTime(), o.value])).toEqual(rows.map((r) => [r.at.getTime(), r.value]));

    const flags = await db().dataQualityFlag.findMany({ where: { initiativeId, code: "decrease" }, include: { observation: true } });
    expect(
      flags
        .map((f) => ({ at: f.observation?.observedAt, ...(f.details as { from: number; to: number }) }))
        .sort((a, b) => Number(a.at) - Number(b.at)),
    ).toEqual(decreases);
    expect(await db().dataQualityFlag.count({ where: { initiativeId, code: "out-of-order" } })).toBe(0);
    const initiative = await db().initiative.findUniqueOrThrow({ where: { id: initiativeId } });
    expect(initiative.latestTotal).toBe(rows.at(-1)?.value);

    // Loading it again stores nothing and flags nothing new.
    const again = await importUkHistory(id, CSV);
    expect(again.results[0]).toMatchObject({ observationsAdded: 0, observationsCorrected: 0, observationsUnchanged: 2699 });
    expect(await db().dataQualityFlag.count({ where: { initiativeId } })).toBe(flags.length);
  });

  it("refuses a history for a petition that is not tracked, storing nothing", async () => {
    const id = uniqueNumber();
    const outcome = await importUkHistory(id, CSV);
    expect(outcome.error).toBe(`${CSV}: (file): uk-petitions ${id} is not tracked yet: import the initiative itself first`);
    expect(await db().initiative.count({ where: { externalId: id } })).toBe(0);
  });
});
