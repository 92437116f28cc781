// UK petitions on a map: signatures per Westminster constituency (counts stored as "uk-con:<ONS
// code>") and per region ("uk-reg:<letter>", the petitions site's region letters), drawn on the
// boundaries of the petition's own parliament. Pure; the shapes are precomputed.
import geo2010 from "./data/uk-2010-geo.json";
import geo2024 from "./data/uk-2024-geo.json";
import hex2010 from "./data/uk-2010-hex.json";
import hex2024 from "./data/uk-2024-hex.json";
import population2010 from "./data/uk-2010-population.json";
import { colourOf, quantileSteps, type Step } from "./scale";
import type { ShapeMap } from "./shapes";

export const UK_VIEWS = ["geo", "hex"] as const;
export const UK_MEASURES = ["signatures", "per1000"] as const;
export type UkView = (typeof UK_VIEWS)[number];
export type UkMeasure = (typeof UK_MEASURES)[number];
export type UkBoundaries = "2010" | "2024";

/** The petitions site's region letters (alphagov/e-petitions, spec/fixtures/regions.yml). */
export const UK_REGIONS = ["A", "B", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N"] as const;
export type UkRegion = (typeof UK_REGIONS)[number];

const MAPS: Record<UkBoundaries, Record<UkView, ShapeMap>> = {
  "2010": { geo: geo2010, hex: hex2010 },
  "2024": { geo: geo2024, hex: hex2024 },
};
// Mid-2019 estimates for the 2010 boundaries; none are published here for 2024's.
const POPULATION: Record<UkBoundaries, Record<string, number> | null> = { "2010": population2010, "2024": null };
const CODES: Record<UkBoundaries, Set<string>> = {
  "2010": new Set(MAPS["2010"].geo.shapes.map((s) => s.code)),
  "2024": new Set(MAPS["2024"].geo.shapes.map((s) => s.code)),
};
// Polling day of the 2024 general election: petitions opened after it count on the new boundaries.
const NEW_PARLIAMENT = Date.UTC(2024, 6, 4);

type RegionCount = { region: string; value: number };

export function constituencyCounts(regions: RegionCount[]): Map<string, number> {
  return new Map(regions.filter((r) => r.region.startsWith("uk-con:")).map((r) => [r.region.slice(7), r.value]));
}

export function hasConstituencyData(regions: RegionCount[]): boolean {
  return regions.some((r) => r.region.startsWith("uk-con:"));
}

/** The boundaries whose codes the counts use; when both fit (most codes are shared), the opening date decides. */
export function boundariesFor(codes: Iterable<string>, openedAt: string | null): UkBoundaries {
  let only2010 = 0;
  let only2024 = 0;
  for (const code of codes) {
    if (CODES["2010"].has(code) && !CODES["2024"].has(code)) only2010++;
    if (CODES["2024"].has(code) && !CODES["2010"].has(code)) only2024++;
  }
  if (only2010 !== only2024) return only2010 > only2024 ? "2010" : "2024";
  return openedAt && Date.parse(openedAt) >= NEW_PARLIAMENT ? "2024" : "2010";
}

export type UkConstituency = {
  code: string;
  name: string;
  d: string;
  signatures: number;
  population: number | null;
  per1000: number | null;
  colour: string;
  rank: number;
};

export type UkMap = {
  boundaries: UkBoundaries;
  view: UkView;
  measure: UkMeasure;
  perThousandAvailable: boolean;
  width: number;
  height: number;
  constituencies: UkConstituency[];
  steps: Step[];
  total: number;
  withSignatures: number;
  regions: { letter: UkRegion; signatures: number }[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

export function ukMap(regions: RegionCount[], openedAt: string | null, view: UkView, wanted: UkMeasure): UkMap {
  const counts = constituencyCounts(regions);
  const boundaries = boundariesFor(counts.keys(), openedAt);
  const population = POPULATION[boundaries];
  const measure = population ? wanted : "signatures";
  const shapes = MAPS[boundaries][view];
  const rows = shapes.shapes.map((s) => {
    const signatures = counts.get(s.code) ?? 0;
    const pop = population?.[s.code] ?? null;
    return { code: s.code, name: s.name, d: s.d, signatures, population: pop, per1000: pop ? round1((signatures / pop) * 1000) : null };
  });
  const valueOf = (r: (typeof rows)[number]) => (measure === "per1000" ? (r.per1000 ?? 0) : r.signatures);
  const steps = quantileSteps(rows.map(valueOf));
  const ranked = [...rows].sort((a, b) => valueOf(b) - valueOf(a) || a.name.localeCompare(b.name));
  const rank = new Map(ranked.map((r, i) => [r.code, i + 1]));
  const byRegion = new Map(regions.filter((r) => r.region.startsWith("uk-reg:")).map((r) => [r.region.slice(7), r.value]));
  return {
    boundaries,
    view,
    measure,
    perThousandAvailable: population !== null,
    width: shapes.width,
    height: shapes.height,
    constituencies: rows.map((r) => ({ ...r, colour: colourOf(valueOf(r), steps), rank: rank.get(r.code) ?? rows.length })),
    steps,
    total: rows.reduce((sum, r) => sum + r.signatures, 0),
    withSignatures: rows.filter((r) => r.signatures > 0).length,
    regions: UK_REGIONS.filter((l) => byRegion.has(l))
      .map((letter) => ({ letter, signatures: byRegion.get(letter) ?? 0 }))
      .sort((a, b) => b.signatures - a.signatures),
  };
}

/** The constituencies ranked first by the map's measure. */
export function topConstituencies(map: UkMap, n: number): UkConstituency[] {
  return [...map.constituencies].sort((a, b) => a.rank - b.rank).slice(0, n);
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Constituencies whose name contains every word of the query (accents, case and punctuation ignored). */
export function findConstituencies(map: UkMap, query: string, limit = 20): UkConstituency[] {
  const words = fold(query).split(" ").filter(Boolean);
  if (!words.length) return [];
  return map.constituencies
    .filter((c) => {
      const name = fold(c.name);
      return words.every((w) => name.includes(w));
    })
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, limit);
}
