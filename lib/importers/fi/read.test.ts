import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors";
import type { ImportPlan } from "../plan";
import { readFiJson } from "./read";

const FI = path.resolve(import.meta.dirname, "../fixtures/constructed/fi");
const read = (rel: string) => readFileSync(path.join(FI, rel), "utf8");
const fetchedAt = new Date("2025-03-04T09:00:00Z");
const plan = (rel: string) => readFiJson(rel, read(rel), { fetchedAt })[0] as ImportPlan;
const counts = (p: ImportPlan) => Object.fromEntries(p.observations.map((o) => [o.kind, o.value]));

describe("reading kansalaisaloite.fi (constructed fixtures)", () => {
  it("maps online, paper (external), sent and verified statements to their kinds, and the total to TOTAL", () => {
    expect(counts(plan("initiatives/90001_2025-03-04T0900Z.json"))).toEqual({ TOTAL: 43222, ONLINE: 41872, PAPER: 1350 });
    const done = plan("initiatives/90002_2025-03-04T0900Z.json");
    expect(counts(done)).toEqual({ TOTAL: 54785, ONLINE: 52310, PAPER: 2475, SUBMITTED: 52310, VERIFIED: 51904 });
    // Counts are as of the fetch, except the verified count: as of the verification decision.
    expect(done.observations.find((o) => o.kind === "VERIFIED")?.observedAt).toEqual(new Date("2024-10-22T09:00:00Z"));
    expect(done.observations.find((o) => o.kind === "TOTAL")?.observedAt).toEqual(fetchedAt);
  });

  it("registers with the names and addresses in both languages and the primary language", () => {
    const p = plan("initiatives/90001_2025-03-04T0900Z.json");
    expect(p.register).toMatchObject({
      schemeCode: "fi-citizens-initiative",
      slug: "esimerkkialoite-kirjastojen-aukioloajat-lakiin-90001",
      title: { fi: "Esimerkkialoite: kirjastojen aukioloajat lakiin", sv: "Exempelinitiativ: bibliotekens öppettider i lag" },
      primaryLanguage: "fi",
      externalUrl: "https://www.kansalaisaloite.fi/fi/aloite/90001",
      openedAt: new Date("2025-01-14T22:00:00Z"),
      collectionEndsAt: new Date("2025-07-15T20:59:59.999Z"),
    });
    expect(p.register?.summary.fi).toMatch(/^Lakiehdotus\. Ehdotamme/);
    expect(p.register?.organisers).toEqual([
      { name: "Maija Meikäläinen", role: "Initiator" },
      { name: "Matti Meikäläinen", role: "Representative" },
    ]);
    expect(JSON.stringify(p)).not.toMatch(/09-123456|example {2}org/); // contact details are never read
    expect(plan("initiatives/90003_2025-03-04T0900Z.json").register).toMatchObject({
      primaryLanguage: "sv",
      title: { sv: "Exempelinitiativ: svenskspråkig service i hälsovården" },
    });
  });

  it("maps the states: DONE is sent to Parliament, CANCELED and under 50,000 at the end fail", () => {
    expect(plan("initiatives/90001_2025-03-04T0900Z.json").stages).toEqual([]);
    expect(plan("initiatives/90002_2025-03-04T0900Z.json").stages.map((s) => [s.stage, s.occurredAt.toISOString()])).toEqual([
      ["collection-ended", "2024-07-08T20:59:59.999Z"],
      ["verification", "2024-10-22T09:00:00.000Z"],
      ["verified", "2024-10-22T09:00:00.000Z"],
      ["submitted", "2024-11-28T07:00:12.000Z"],
    ]);
    expect(plan("initiatives/90003_2025-03-04T0900Z.json").stages).toEqual([
      expect.objectContaining({ stage: "failed", title: expect.objectContaining({ en: "Canceled on kansalaisaloite.fi" }) }),
    ]);
    expect(plan("initiatives/90004_2025-03-04T0900Z.json").stages.map((s) => s.stage)).toEqual(["failed"]);
  });

  it("turns new statements per day into the online count at the end of each day (Helsinki)", () => {
    const p = plan("supports-by-date/90001_supports-by-date_2025-03-04T0900Z.json");
    expect(p).toMatchObject({ externalId: "90001", countMode: "series" });
    expect(p.observations[0]).toMatchObject({ kind: "ONLINE", value: 12250, observedAt: new Date("2025-01-15T22:00:00Z") });
    expect(p.observations.at(-1)).toMatchObject({ value: 41872, observedAt: new Date("2025-03-03T22:00:00Z") });
  });

  it("reads a list page, and refuses an unknown state naming the field", () => {
    expect(
      readFiJson("list.json", read("list/initiatives_offset-0_2025-03-05T0900Z.json"), { fetchedAt }).map((p) => p.externalId),
    ).toEqual(["90001", "90005"]);
    const bad = read("initiatives/90004_2025-03-04T0900Z.json").replace('"state": "ACCEPTED"', '"state": "REVIEW"');
    expect(() => readFiJson("90004.json", bad, { fetchedAt })).toThrow(
      new ImportError("90004.json", "state", "Expected ACCEPTED, DONE or CANCELED"),
    );
  });
});
