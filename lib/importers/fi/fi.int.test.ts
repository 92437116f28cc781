// The constructed kansalaisaloite.fi fixtures (initiatives 90001-90005: only this file imports them).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importFiles } from "../import-files";

const FI = path.resolve(import.meta.dirname, "../fixtures/constructed/fi");
const initiative = (n: string) =>
  db().initiative.findFirstOrThrow({
    where: { externalSource: "fi-kansalaisaloite", externalId: n },
    include: { observations: { orderBy: { observedAt: "asc" } }, stageEvents: { orderBy: { occurredAt: "asc" } } },
  });

describe.sequential("importing kansalaisaloite.fi (real PostgreSQL)", () => {
  it("imports initiatives, the list and the daily series, with counts of every kind", async () => {
    const outcomes = await importFiles("fi", [FI]);
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    // The daily series can only follow its initiative: it is applied after the files that register.
    expect(path.basename(outcomes.at(-1)?.file ?? "")).toBe("90001_supports-by-date_2025-03-04T0900Z.json");

    const library = await initiative("90001");
    expect(library).toMatchObject({ latestTotal: 43580, currentStage: "collecting", primaryLanguage: "fi" });
    const latest = (kind: string) => library.observations.filter((o) => o.kind === kind && o.region === "").at(-1)?.value;
    expect([latest("TOTAL"), latest("ONLINE"), latest("PAPER")]).toEqual([43580, 42230, 1350]);
    // The paper count did not change in the list a day later: stored once.
    expect(library.observations.filter((o) => o.kind === "PAPER")).toHaveLength(1);
    expect(library.observations.filter((o) => o.kind === "ONLINE").map((o) => o.value)).toEqual([
      12250, 20960, 25065, 27356, 30754, 34766, 38726, 41872, 41872, 42230,
    ]);

    const done = await initiative("90002");
    expect(done.stageEvents.map((e) => e.stage)).toEqual(["collecting", "collection-ended", "verification", "verified", "submitted"]);
    expect(done.observations.find((o) => o.kind === "VERIFIED")).toMatchObject({
      value: 51904,
      observedAt: new Date("2024-10-22T09:00:00Z"),
    });
    expect(done.submittedAt).toEqual(new Date("2024-11-28T07:00:12Z"));

    const canceled = await initiative("90003");
    expect(canceled.stageEvents.at(-1)).toMatchObject({
      stage: "failed",
      title: expect.objectContaining({ en: "Canceled on kansalaisaloite.fi" }),
    });
    expect((await initiative("90004")).currentStage).toBe("failed");
    expect((await initiative("90005")).title).toEqual({ fi: "Esimerkkialoite listalta", sv: "Exempelinitiativ från listan" });
  });

  it("imports the folder again and adds nothing", async () => {
    const again = await importFiles("fi", [FI]);
    expect(again.filter((o) => o.error)).toEqual([]);
    expect(again.flatMap((o) => o.results).every((r) => !r.created && r.observationsAdded === 0 && r.stagesAdded === 0)).toBe(true);
  });
});
