// Builds the compact map data the pages draw (lib/maps/data/*.json) from the original boundary
// files, once, at copy time: projected to SVG coordinates, rounded and simplified, so a page ships
// path strings instead of geometry. Run: npm run maps:build -- <folder with the original files>
// (the files and their licences are listed in lib/maps/data/ATTRIBUTION.md).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { geoAlbers, geoArea, geoAzimuthalEqualArea, geoCentroid, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import { EU_MEMBER_STATES } from "./eu";
import { hexPath, type MapShape, type ShapeMap } from "./shapes";

const OUT = path.resolve(import.meta.dirname, "data");
type Pt = [number, number];

/** Douglas-Peucker on a projected ring: drops points closer than `tolerance` to the kept line. */
function simplify(points: Pt[], tolerance: number): Pt[] {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = points[a] as Pt;
    const [bx, by] = points[b] as Pt;
    const len = Math.hypot(bx - ax, by - ay) || 1;
    let worst = -1;
    let dist = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i] as Pt;
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > dist) [dist, worst] = [d, i];
    }
    if (dist > tolerance && worst > 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** One ring as a relative SVG path on whole units, or "" when it shrinks below a unit. */
function ringPath(ring: Position[], project: GeoProjection, tolerance: number, reverse: boolean): string {
  const projected = (reverse ? [...ring].reverse() : ring)
    .map((p) => project(p as Pt) as Pt)
    .map(([x, y]) => [Math.round(x), Math.round(y)] as Pt);
  const deduped = projected.filter((p, i) => i === 0 || p[0] !== projected[i - 1]?.[0] || p[1] !== projected[i - 1]?.[1]);
  // A closed ring splits at its farthest point from the start, so both halves have a real baseline.
  const [sx, sy] = deduped[0] as Pt;
  const far = deduped.reduce(
    (best, [x, y], i) => (Math.hypot(x - sx, y - sy) > Math.hypot((deduped[best] as Pt)[0] - sx, (deduped[best] as Pt)[1] - sy) ? i : best),
    0,
  );
  const pts = [...simplify(deduped.slice(0, far + 1), tolerance), ...simplify(deduped.slice(far), tolerance).slice(1)];
  if (pts.length < 4) return "";
  let [px, py] = pts[0] as Pt;
  let d = `M${px} ${py}`;
  for (const [x, y] of pts.slice(1, -1)) {
    d += `l${x - px} ${y - py}`;
    [px, py] = [x, y];
  }
  return `${d}z`.replace(/ -/g, "-");
}

function polygons(f: Feature): Position[][][] {
  const g = f.geometry as Polygon | MultiPolygon;
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

function shapePath(f: Feature, project: GeoProjection, tolerance: number, reverse = false): string {
  return polygons(f)
    .flatMap((poly) => poly.map((ring) => ringPath(ring, project, tolerance, reverse)))
    .join("");
}

async function json<T>(dir: string, file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dir, file), "utf8")) as T;
}

async function write(name: string, data: unknown) {
  await writeFile(path.join(OUT, name), `${JSON.stringify(data)}\n`);
  console.log(name, JSON.stringify(data).length, "bytes");
}

type Hexjson = { layout: string; hexes: Record<string, { n: string; q: number; r: number; p?: number }> };

/** Pointy-topped hexes, odd rows shifted right ("odd-r"), north up. */
function hexMap(hex: Hexjson, rename: Record<string, string>, names: Record<string, string>): ShapeMap {
  const size = 6;
  const w = Math.sqrt(3) * size;
  const entries = Object.entries(hex.hexes);
  const centre = ({ q, r }: { q: number; r: number }) => [(q + (Math.abs(r) % 2 === 1 ? 0.5 : 0)) * w, -r * 1.5 * size] as Pt;
  const xs = entries.map(([, h]) => centre(h)[0]);
  const ys = entries.map(([, h]) => centre(h)[1]);
  const [x0, y0] = [Math.min(...xs) - w, Math.min(...ys) - 2 * size];
  const shapes: MapShape[] = entries.map(([code, h]) => {
    const [x, y] = centre(h);
    const id = rename[code] ?? code;
    return { code: id, name: names[id] ?? h.n, d: hexPath(Math.round((x - x0) * 10) / 10, Math.round((y - y0) * 10) / 10, size) };
  });
  return { width: Math.ceil(Math.max(...xs) - x0 + w), height: Math.ceil(Math.max(...ys) - y0 + 2 * size), shapes: shapes.sort(byCode) };
}

const byCode = (a: MapShape, b: MapShape) => a.code.localeCompare(b.code);

function ukGeo(fc: FeatureCollection, codeKey: string, nameKey: string): ShapeMap {
  const width = 600;
  const height = 1000;
  const rewound = { ...fc, features: fc.features.map((f) => ({ ...f, geometry: rewind(f) })) } as FeatureCollection;
  const project = geoAlbers().rotate([4.4, 0]).center([0, 55.4]).parallels([50, 60]).fitSize([width, height], rewound);
  const shapes = rewound.features.map((f) => ({
    code: String(f.properties?.[codeKey]),
    name: String(f.properties?.[nameKey]),
    d: shapePath(f, project, 0.8),
  }));
  return { width, height, shapes: shapes.sort(byCode) };
}

/** The ONS files wind most rings counter-clockwise (RFC 7946); d3-geo wants them clockwise, and
 * reads a ring the wrong way round as the whole globe minus it: reverse the rings of any such polygon. */
function rewind(f: Feature): MultiPolygon {
  const fixed = polygons(f).map((poly) =>
    geoArea({ type: "Polygon", coordinates: poly }) > 2 * Math.PI ? poly.map((ring) => [...ring].reverse()) : poly,
  );
  return { type: "MultiPolygon", coordinates: fixed };
}

async function eu() {
  const pkg = path.dirname(new URL(import.meta.resolve("world-atlas/countries-50m.json")).pathname);
  type Topology = Parameters<typeof feature>[0];
  const world = await json<Topology>(pkg, "countries-50m.json");
  const countries = feature(world, world.objects.countries as Parameters<typeof feature>[1]) as FeatureCollection;
  // Mainland Europe and its islands only: French Guiana, the Azores, the Canaries and the like
  // would shrink the continent to a corner.
  const inEurope = (poly: Position[][]) => {
    const [lon, lat] = geoCentroid({ type: "Polygon", coordinates: poly });
    return lon > -25 && lon < 45 && lat > 34 && lat < 72;
  };
  const states = EU_MEMBER_STATES.map(({ code, iso }): Feature<MultiPolygon> => {
    const f = countries.features.find((c) => String(c.id) === iso);
    if (!f) throw new Error(`world-atlas has no country ${iso} (${code})`);
    return { ...f, properties: { code }, geometry: { type: "MultiPolygon", coordinates: polygons(f).filter(inEurope) } };
  });
  const width = 600;
  const height = 560;
  const project = geoAzimuthalEqualArea()
    .rotate([-12, -52])
    .fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      { type: "FeatureCollection", features: states },
    );
  const shapes = states.map((f) => {
    const code = String(f.properties?.code);
    return { code, name: code, d: shapePath(f, project, 0.6), centre: (project(geoCentroid(f)) as Pt).map(Math.round) as Pt };
  });
  await write("eu-states.json", { width, height, shapes });
}

async function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: npm run maps:build -- <folder with the original map files>");
  await eu();
  const geo2010 = ukGeo(await json(dir, "pcon2010_Dec2022_BUC.geojson"), "PCON22CD", "PCON22NM");
  const geo2024 = ukGeo(await json(dir, "pcon2024_BUC.geojson"), "PCON24CD", "PCON24NM");
  await write("uk-2010-geo.json", geo2010);
  await write("uk-2024-geo.json", geo2024);
  const names = (m: ShapeMap) => Object.fromEntries(m.shapes.map((s) => [s.code, s.name]));
  await write("uk-2010-hex.json", hexMap(await json(dir, "uk-constituencies-2010.hexjson"), {}, names(geo2010)));
  // The hex map keys five Scottish seats by the codes proposed before ONS published July 2024's.
  const scottish = {
    S14000006: "S14000107",
    S14000008: "S14000108",
    S14000010: "S14000109",
    S14000040: "S14000110",
    S14000058: "S14000111",
  };
  const hex2024 = hexMap(await json(dir, "uk-constituencies-2024.hexjson"), scottish, names(geo2024));
  const geoCodes = new Set(geo2024.shapes.map((s) => s.code));
  const unmatched = hex2024.shapes.filter((s) => !geoCodes.has(s.code));
  if (unmatched.length) throw new Error(`2024 hexes without boundaries: ${unmatched.map((s) => s.code).join(", ")}`);
  await write("uk-2024-hex.json", hex2024);
  const population = await json<Record<string, { population: number }>>(dir, "petitionmap_population_ons_2010.json");
  await write("uk-2010-population.json", Object.fromEntries(Object.entries(population).map(([code, p]) => [code, p.population])));
}

await main();
