// A truncated or malformed file is refused with a message naming the file and the field, and
// nothing of it is stored: not the initiative, not a count, not its import state.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueNumber, withId } from "@/lib/testing/importers";
import { importFiles, importUkHistory } from "./import-files";
import type { TCliSource } from "./sources";

const FIXTURES = path.resolve(import.meta.dirname, "fixtures");
const fixture = (rel: string) => readFile(path.join(FIXTURES, rel), "utf8");

async function tempFile(name: string, text: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "threshold-refuse-")), name);
  await writeFile(file, text);
  return file;
}

async function storedFor(source: string, externalId: string) {
  return {
    initiatives: await db().initiative.count({ where: { externalSource: source, externalId } }),
    observations: await db().countObservation.count({ where: { initiative: { externalSource: source, externalId } } }),
    states: await db().importState.count({ where: { source, resourceUrl: { contains: externalId } } }),
  };
}
const nothing = { initiatives: 0, observations: 0, states: 0 };

async function refused(cli: TCliSource, file: string) {
  const outcomes = await importFiles(cli, [file]);
  expect(outcomes).toHaveLength(1);
  expect(outcomes[0]?.results).toEqual([]);
  return outcomes[0]?.error ?? "";
}

describe("refusing truncated and malformed files (real PostgreSQL)", () => {
  it("refuses a petition file cut anywhere, naming the file and the field it ends in", async () => {
    const id = uniqueNumber();
    const text = withId(await fixture("real/uk-petitions/api-raw/241584_2019-03-24.json"), "241584", id);
    const after = (needle: string) => text.indexOf(needle) + needle.length;
    for (const [at, field] of [
      [after('"signature_count":51'), "data.attributes.signature_count"],
      [after('"signatures_by_country":[{"name":"Af'), "data.attributes.signatures_by_country.0.name"],
      [text.length - 3, "data.attributes.signatures_by_constituency"],
    ] as const) {
      const file = await tempFile(`${id}_cut.json`, text.slice(0, at));
      const error = await refused("uk", file);
      expect(error.startsWith(`${file}: ${field}: `), error).toBe(true);
      expect(error).toMatch(/it looks truncated$/);
    }
    expect(await storedFor("uk-petitions", id)).toEqual(nothing);
  });

  it("refuses a malformed value naming the field, for every source", async () => {
    const uk = uniqueNumber();
    const ukText = withId(await fixture("real/uk-petitions/api-raw/241584_2019-03-24.json"), "241584", uk).replace(
      '"signature_count":5156603',
      '"signature_count":"5,156,603"',
    );
    expect(await refused("uk", await tempFile(`${uk}.json`, ukText))).toMatch(
      /: data\.attributes\.signature_count: Invalid input: expected number, received string$/,
    );
    expect(await storedFor("uk-petitions", uk)).toEqual(nothing);

    const eciText = (await fixture("real/eci/eci58-2025-000006-snapshots.json")).replace(
      '"country": "Greece"',
      '"country": "Hellas Planitia"',
    );
    expect(await refused("eci", await tempFile("eci-2019-000096-snapshots.json", eciText))).toMatch(
      /: 3\.countries\.\d+\.country: unknown member state "Hellas Planitia"$/,
    );
    expect(await storedFor("eci", "2019/000096")).toEqual(nothing);

    const fiText = withId(await fixture("constructed/fi/initiatives/90002_2025-03-04T0900Z.json"), "90002", "90099").replace(
      '"verified": "2024-10-22"',
      '"verified": "22.10.2024"',
    );
    expect(await refused("fi", await tempFile("90099.json", fiText))).toMatch(/: verified: Expected a date \(YYYY-MM-DD\)$/);
    expect(await storedFor("fi-kansalaisaloite", "90099")).toEqual(nothing);
  });

  it("stores nothing of a list page whose second petition the domain refuses", async () => {
    const [a, b] = [uniqueNumber(), uniqueNumber()];
    const page = JSON.parse(await fixture("real/uk-petitions/api-raw/list/petitions_state-open_2015-09-09.json")) as {
      data: { id: number; links: { self: string }; attributes: { updated_at: string } }[];
    };
    const rows = page.data
      .slice(0, 2)
      .map((row, i) => ({ ...row, id: Number([a, b][i]), links: { self: `https://petition.parliament.uk/petitions/${[a, b][i]}.json` } }));
    (rows[1] as (typeof rows)[number]).attributes.updated_at = "2099-01-01T00:00:00.000Z";
    const file = await tempFile("list.json", JSON.stringify({ ...page, data: rows }));
    expect(await refused("uk", file)).toBe(`${file}: uk-petitions ${b}: observations.0.observedAt: This cannot be in the future`);
    expect(await storedFor("uk-petitions", a)).toEqual(nothing);
    expect(await storedFor("uk-petitions", b)).toEqual(nothing);
  });

  it("refuses a truncated history file naming the line, and stores none of its rows", async () => {
    const id = uniqueNumber();
    const petition = await tempFile(`${id}.json`, withId(await fixture("real/uk-petitions/api-raw/241584_2019-03-24.json"), "241584", id));
    expect((await importFiles("uk", [petition]))[0]?.error).toBeUndefined();
    const before = await storedFor("uk-petitions", id);
    const csv = await fixture("real/uk-petitions/history/241584_git-history_evilneuro.csv");
    const cut = await tempFile(`${id}_history.csv`, csv.slice(0, csv.indexOf("2019-04-01T") + 7));
    const outcome = await importUkHistory(id, cut);
    expect(outcome.error).toMatch(
      new RegExp(`^${cut.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: line \\d+: has 1 columns, the header has 2: the file may be truncated$`),
    );
    expect(await storedFor("uk-petitions", id)).toEqual(before);
  });
});
