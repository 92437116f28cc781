import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportPlan } from "../plan";
import { registerDate } from "./plan";
import { readEciJson } from "./read";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const read = (rel: string) => readFileSync(path.join(FIXTURES, rel), "utf8");
const fetchedAt = new Date("2023-01-10T12:00:00Z");
const REGISTER = "constructed/eci/register";

describe("reading the ECI register", () => {
  it("reads register dates as Brussels time, a bare date at midday", () => {
    expect(registerDate("14/03/2022 09:00")?.toISOString()).toBe("2022-03-14T08:00:00.000Z"); // CET
    expect(registerDate("30/06/2022")?.toISOString()).toBe("2022-06-30T10:00:00.000Z"); // CEST
    expect(registerDate("01/06/2022", true)?.toISOString()).toBe("2022-06-01T21:59:00.000Z");
  });

  it("reads per-country statements with Greece as EL, and takes the time the register gives", () => {
    const [p] = readEciJson(
      `${REGISTER}/details_2021-000097_2022-03-14T1200Z.json`,
      read(`${REGISTER}/details_2021-000097_2022-03-14T1200Z.json`),
      { fetchedAt },
    );
    expect(p).toMatchObject({
      externalId: "2021/000097",
      countMode: "snapshot",
      resourceUrl: "https://register.eci.ec.europa.eu/core/api/register/details/2021/000097",
    });
    const byRegion = Object.fromEntries((p as ImportPlan).observations.map((o) => [o.region, o.value]));
    expect(byRegion).toMatchObject({ "": 154104, GR: 15932, DE: 48210 });
    expect(byRegion).not.toHaveProperty("EL");
    expect(p?.observations.every((o) => o.kind === "TOTAL" && new Date(o.observedAt).toISOString() === "2022-03-14T08:00:00.000Z")).toBe(
      true,
    );
    expect(p?.register).toMatchObject({
      title: { en: "Example initiative: night trains between all EU capitals" },
      registeredAt: registerDate("10/05/2021"),
    });
    // The DPO is a contact, and a member under privacy protection is not named.
    expect(p?.register?.organisers.map((o) => o.name)).toEqual([
      "Anna Example",
      "Bruno Exemple",
      "Chiara Esempio",
      "Dimitra Paradeigma",
      "Eero Esimerkki",
      "Gonzalo Ejemplo",
    ]);
  });

  it("reads verified statements (GR) without those certified after submission, every step and the answer", () => {
    const [p] = readEciJson("d.json", read(`${REGISTER}/details_2021-000098_2023-01-10T1200Z.json`), { fetchedAt });
    const verified = p?.observations.filter((o) => o.kind === "VERIFIED") ?? [];
    expect(verified.find((o) => o.region === "")?.value).toBe(1_000_242);
    expect(verified.find((o) => o.region === "GR")?.value).toBe(18112);
    expect(verified.find((o) => o.region === "PT")?.value).toBe(14010);
    expect(verified.filter((o) => o.region !== "").reduce((n, o) => n + Number(o.value), 0)).toBe(1_000_242);
    expect(p?.warnings).toEqual(["PT: 1212 statements certified after submission are not part of the verified total; not imported"]);
    expect(p?.stages.map((s) => s.stage)).toEqual(["collecting", "collection-closed", "verification", "verified", "submitted", "answered"]);
    expect(p?.responses[0]).toMatchObject({ kind: "COMMUNICATION", respondedAt: registerDate("14/12/2022") });
    expect(p?.responses[0]?.links?.map((l) => l.title)).toEqual([
      "Commission communication",
      "Annex to the communication",
      "Press release",
    ]);
  });

  it("reads the search index, leaving out initiatives the Commission refused to register", () => {
    const plans = readEciJson("s.json", read(`${REGISTER}/search_ALL-EN-0-50_2023-01-10T1200Z.json`), { fetchedAt });
    expect(plans.map((p) => [p.externalId, p.observations[0]?.value])).toEqual([
      ["2021/000097", 154104],
      ["2021/000098", 1012340],
    ]);
  });

  it("reads the real snapshot series: per-country counts add up to each snapshot's total", () => {
    const file = "real/eci/eci58-2025-000006-snapshots.json";
    const [p] = readEciJson(file, read(file), { fetchedAt });
    expect(p).toMatchObject({ externalId: "2025/000006", countMode: "series" });
    const snapshots = JSON.parse(read(file)) as { timestamp: string; total_signatures: number; countries: unknown[] }[];
    expect(p?.observations.filter((o) => o.region === "")).toHaveLength(snapshots.length);
    for (const s of snapshots.filter((x) => x.countries.length)) {
      const at = new Date(s.timestamp).getTime();
      const countries = p?.observations.filter((o) => o.region !== "" && new Date(o.observedAt).getTime() === at) ?? [];
      expect(countries).toHaveLength(27);
      expect(countries.reduce((n, o) => n + Number(o.value), 0)).toBe(s.total_signatures);
    }
  });
});
