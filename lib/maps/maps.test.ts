import { describe, expect, it } from "vitest";
import { eciMap } from "./eci";
import { NO_DATA, STEPS, colourOf, quantileSteps } from "./scale";
import { boundariesFor, findConstituencies, topConstituencies, ukMap } from "./uk";

describe("UK constituency maps", () => {
  it("draws all 650 constituencies of both parliaments, in both views", () => {
    for (const view of ["geo", "hex"] as const) {
      for (const [code, opened] of [
        ["E14000530", "2019-01-01T00:00:00Z"],
        ["E14001063", "2024-11-01T00:00:00Z"],
      ] as const) {
        const map = ukMap([{ region: `uk-con:${code}`, value: 5 }], opened, view, "signatures");
        expect(map.constituencies).toHaveLength(650);
        expect(new Set(map.constituencies.map((c) => c.code)).size).toBe(650);
        expect(map.constituencies.every((c) => c.d.startsWith("M"))).toBe(true);
      }
    }
  });

  it("picks the boundaries the counts are keyed by, and the opening date when both fit", () => {
    expect(boundariesFor(["E14000530"], "2025-01-01T00:00:00Z")).toBe("2010"); // Aldershot's 2010 code
    expect(boundariesFor(["E14001063"], "2019-01-01T00:00:00Z")).toBe("2024"); // Aldershot's 2024 code
    expect(boundariesFor(["N06000001"], "2019-01-01T00:00:00Z")).toBe("2010"); // unchanged Belfast East
    expect(boundariesFor([], "2024-08-01T00:00:00Z")).toBe("2024");
  });

  it("counts per 1,000 residents on the 2010 boundaries, and only signatures on 2024's", () => {
    const regions = [
      { region: "uk-con:E14000530", value: 1052 }, // Aldershot, 105,218 residents
      { region: "uk-con:S14000001", value: 10 },
      { region: "uk-reg:H", value: 900 },
      { region: "uk-reg:A", value: 1000 },
      { region: "GB", value: 2000 },
    ];
    const map = ukMap(regions, null, "geo", "per1000");
    const aldershot = map.constituencies.find((c) => c.code === "E14000530");
    expect(map.measure).toBe("per1000");
    expect(aldershot?.per1000).toBe(10);
    expect(aldershot?.rank).toBe(1);
    expect(map.total).toBe(1062);
    expect(map.withSignatures).toBe(2);
    expect(map.regions).toEqual([
      { letter: "A", signatures: 1000 },
      { letter: "H", signatures: 900 },
    ]);
    const later = ukMap([{ region: "uk-con:E14001063", value: 3 }], "2024-11-01T00:00:00Z", "hex", "per1000");
    expect(later.perThousandAvailable).toBe(false);
    expect(later.measure).toBe("signatures");
  });

  it("ranks, shades and finds constituencies by name", () => {
    const regions = [
      { region: "uk-con:E14000639", value: 50 }, // Cities of London and Westminster
      { region: "uk-con:E14000530", value: 20 },
    ];
    const map = ukMap(regions, null, "hex", "signatures");
    expect(topConstituencies(map, 2).map((c) => c.signatures)).toEqual([50, 20]);
    expect(map.constituencies.find((c) => c.code === "E14000639")?.colour).not.toBe(NO_DATA);
    expect(map.constituencies.find((c) => c.code === "E14000531")?.colour).toBe(NO_DATA);
    expect(findConstituencies(map, "london WESTMINSTER").map((c) => c.code)).toEqual(["E14000639"]);
    expect(findConstituencies(map, "Ynys Môn").map((c) => c.name)).toEqual(["Ynys Môn"]);
    expect(findConstituencies(map, "   ")).toEqual([]);
  });
});

describe("colour classes", () => {
  it("splits positive values into classes and leaves zero and missing values uncoloured", () => {
    const steps = quantileSteps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(steps.at(-1)?.to).toBe(10);
    expect(colourOf(10, steps)).toBe(STEPS[4]);
    expect(colourOf(1, steps)).toBe(STEPS[0]);
    expect(colourOf(0, steps)).toBe(NO_DATA);
    expect(colourOf(null, steps)).toBe(NO_DATA);
    expect(quantileSteps([0, 0])).toEqual([]);
  });
});

describe("the ECI member-state map", () => {
  it("has the 27 member states, shaded by share of each one's minimum", () => {
    const map = eciMap([
      { region: "DE", current: 69_120, target: 69_120, share: 1, reached: true },
      { region: "FI", current: 5_000, target: 9_840, share: 0.508, reached: false },
      { region: "MT", current: 0, target: 4_320, share: 0, reached: false },
    ]);
    expect(map.states).toHaveLength(27);
    expect(map.states.find((s) => s.code === "GR")?.d).toMatch(/^M/);
    expect(map.states.find((s) => s.code === "DE")?.colour).toBe(STEPS[4]);
    expect(map.states.find((s) => s.code === "FI")?.colour).toBe(STEPS[2]);
    expect(map.states.find((s) => s.code === "MT")?.colour).toBe(NO_DATA);
    expect(map.states.find((s) => s.code === "FR")?.progress).toBeNull();
  });
});
