import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "../errors";
import type { ImportPlan } from "../plan";
import { readUkHistoryCsv, readUkJson, ukNextPage } from "./read";
import { ukSource } from "./source";

const UK = path.resolve(import.meta.dirname, "../fixtures/real/uk-petitions");
const read = (rel: string) => readFileSync(path.join(UK, rel), "utf8");
const fetchedAt = new Date("2026-01-01T00:00:00Z");
const plan = (rel: string): ImportPlan => readUkJson(rel, read(rel), { fetchedAt })[0] as ImportPlan;
const headline = (p: ImportPlan) => p.observations.find((o) => o.kind === "TOTAL" && o.region === "");
const regionValue = (p: ImportPlan, region: string) => p.observations.find((o) => o.region === region)?.value;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe("reading every UK petition format", () => {
  const data = files(UK).filter((f) => /\.(json|csv)$/.test(f) && !f.endsWith("MANIFEST.csv"));

  it("reads every real fixture file, and each petition's total is the file's own signature_count", () => {
    expect(data.length).toBe(60);
    for (const file of data) {
      const plans = ukSource.readFile(file, readFileSync(file, "utf8"), { fetchedAt });
      expect(plans.length, file).toBeGreaterThan(0);
      if (!file.endsWith(".json") || file.includes("tracking")) continue;
      const json = JSON.parse(readFileSync(file, "utf8")) as { data?: unknown };
      const rows = (Array.isArray(json.data) ? json.data : [json.data ?? json]) as { attributes: { signature_count: number } }[];
      expect(
        plans.map((p) => headline(p)?.value),
        file,
      ).toEqual(rows.map((r) => r.attributes.signature_count));
    }
  });

  it("reads `open_at` (2015-2017) and `opened_at` (2019 on) as the opening date", () => {
    const attributes = (rel: string) => (JSON.parse(read(rel)) as { data: { attributes: Record<string, unknown> } }).data.attributes;
    const old = attributes("api-raw/104334_2015-09-09.json");
    expect(old).not.toHaveProperty("opened_at");
    expect(plan("api-raw/104334_2015-09-09.json").register?.openedAt).toEqual(new Date(old.open_at as string));
    const recent = attributes("api-raw/241584_2019-03-24.json");
    expect(recent).not.toHaveProperty("open_at");
    expect(plan("api-raw/241584_2019-03-24.json").register?.openedAt).toEqual(new Date(recent.opened_at as string));
  });

  it("does not take an open petition's empty `rejection` object for a rejection", () => {
    const p = plan("scraper-pretty/241584_20190415T1149Z.json");
    expect(p.stages.map((s) => s.stage)).not.toContain("rejected");
    expect(p.stages.map((s) => s.stage)).toEqual(["awaiting-response", "responded", "debated"]);
  });

  it("maps country names and codes to ISO, keeps BAT, and adds up names that share a code", () => {
    const p241584 = plan("api-raw/241584_2019-03-24.json");
    expect(regionValue(p241584, "BAT")).toBe(12);
    const p2015 = plan("api-raw/105446_2015-09-09.json");
    expect(regionValue(p2015, "BM")).toBe(10); // "Bermuda (British Overseas Territory)"
    expect(regionValue(p2015, "TR")).toBe(130);
    // St Helena, Ascension Island and Tristan da Cunha are one ISO code, as the later files have it.
    const sh = JSON.parse(read("api-raw/105446_2015-09-09.json")).data.attributes.signatures_by_country.filter((c: { name: string }) =>
      /^(St Helena|Ascension Island|Tristan da Cunha)/.test(c.name),
    );
    expect(regionValue(p2015, "SH")).toBe(sh.reduce((n: number, c: { signature_count: number }) => n + c.signature_count, 0));
    // Names covering several countries have no code: skipped with a warning, never guessed.
    expect(p2015.warnings).toContain('country "Channel Islands" has no ISO code (13 signatures): skipped');
  });

  it("reads constituencies and the 2024 regions as regional counts", () => {
    const p = plan("api-raw/700143_2024-11-24.json");
    expect(p.observations.filter((o) => o.region.startsWith("uk-reg:"))).toHaveLength(12);
    expect(regionValue(p, "uk-reg:A")).toBe(73354);
    expect(p.observations.filter((o) => o.region.startsWith("uk-con:E1400"))).not.toHaveLength(0);
    expect(p).toMatchObject({ countMode: "snapshot", sourceUpdatedAt: new Date("2024-11-24T20:02:10.000Z") });
  });

  it("reads the Number 10 archive: its own ids, a list of responses, a bit-mask rejection", () => {
    const finished = plan("jonty/petitions/2005-2007_Labour_government/1.json");
    expect(finished.externalId).toBe("no10:1");
    expect(finished.responses).toHaveLength(2);
    expect(finished.register?.summary.en).toMatch(/^We the undersigned petition the Prime Minister to /);
    // Closing there was the deadline; the responses came after it.
    expect(finished.stages.map((s) => s.stage)).toEqual(["closed", "responded"]);
    const rejected = plan("jonty/petitions/2005-2007_Labour_government/1000.json");
    expect(rejected.stages.map((s) => s.stage)).toEqual(["rejected"]);
  });

  it("reads archived petitions whose text is in additional_details and that have no creator", () => {
    const p = plan("jonty/petitions/2010-2015_Conservative_-_Liberal_Democrat_coalition_government/10.json");
    expect(p.resourceUrl).toMatch(/\/archived\/petitions\/10\.json$/);
    expect(p.register?.organisers).toEqual([]);
    expect(p.register?.summary.en?.length).toBeGreaterThan(20);
  });

  it("reads a list page: every petition on it, and the next page's address", () => {
    const text = read("api-raw/list/petitions_state-open_2015-09-09.json");
    expect(readUkJson("list.json", text, { fetchedAt })).toHaveLength(50);
    expect(ukNextPage(text)).toBe("https://petition.parliament.uk/petitions.json?page=2&state=open");
  });

  it("reads a data.parliament.uk track, newest first, as a series that goes down as well as up", () => {
    const p = plan("jonty/parliament_lda_petition_tracking/tracking/104334.json");
    expect(p).toMatchObject({ externalId: "104334", countMode: "series" });
    expect(p.resourceUrl).toBeUndefined(); // not a resource the worker could sync
    expect(p.register).toBeUndefined(); // counts only: the petition must be tracked already
    const values = [...p.observations].sort((a, b) => +new Date(a.observedAt) - +new Date(b.observedAt)).map((o) => o.value);
    expect(values).toEqual([231134, 231135, 231137, 231137, 231137, 231137, 231136, 231136]);
  });
});

describe("reading count history CSVs", () => {
  it("reads one observation per row: ISO times, and naive microsecond times as UTC across mixed line endings", () => {
    expect(readUkHistoryCsv("h.csv", read("history/241584_git-history_evilneuro.csv"), "241584").observations).toHaveLength(2699);
    const perMinute = readUkHistoryCsv("m.csv", read("history/700143_per-minute_viewyonder.csv"), "700143").observations;
    expect(perMinute).toHaveLength(6588);
    expect(perMinute[0]).toMatchObject({ value: 201079, observedAt: new Date("2024-11-24T00:14:47.611Z") });
  });

  it("recognises a sum over constituencies and imports none of it, with a warning", () => {
    const p = readUkHistoryCsv("s.csv", read("history/700143_hourly-constituency-sum_vinaymanro-readme.csv"), "700143");
    expect(p.observations).toEqual([]);
    expect(p.warnings[0]).toMatch(/constituency_signature_sum.*not the petition's signature_count/);
  });

  it("refuses a bad row naming the file, the line and the column", () => {
    const bad = "observed_at,signature_count\n2019-03-23T17:41:10Z,4456315\n2019-03-23T17:42:41Z,lots\n";
    expect(() => readUkHistoryCsv("bad.csv", bad, "241584")).toThrow(
      new ImportError("bad.csv", "line 3: signature_count", '"lots" is not a whole number of signatures'),
    );
    const truncated = "observed_at,signature_count\n2019-03-23T17:41:10Z,4456315\n2019-03-23T17:4";
    expect(() => readUkHistoryCsv("cut.csv", truncated, "241584")).toThrow(
      /^cut\.csv: line 3: has 1 columns, the header has 2: the file may be truncated$/,
    );
  });
});
