// The layering of lib/ (lib/layers.js), checked on the code itself: every import between lib/
// folders runs downwards, so no two folders import each other; and no file of lib/ or app/ is part
// of an import circle.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LAYERS, layerOf } from "./layers.js";

const lib = path.resolve(import.meta.dirname);
const root = path.resolve(lib, "..");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The lib/ folder a path inside lib/ belongs to ("counts" for lib/counts/x.ts, "db" for lib/db.ts). */
function folderOf(relative: string): string {
  const [first, ...rest] = relative.split("/");
  return rest.length ? (first as string) : (first as string).replace(/\.(d\.ts|ts|tsx|js)$/, "");
}

function sources(dir: string, all = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "fixtures" ? [] : sources(full, all);
    // The layer map itself is not a layer.
    return /\.(ts|tsx|js)$/.test(e.name) && !/\.test\.ts$/.test(e.name) && (all || !e.name.startsWith("layers.")) ? [full] : [];
  });
}

/** Imports that run sideways or upwards in LAYERS. */
function upwards(imports: [string, string, string][]): string[] {
  return imports
    .filter(([from, to]) => layerOf(to) >= layerOf(from))
    .map(([from, to, file]) => `${file}: ${from} (layer ${layerOf(from)}) imports ${to} (layer ${layerOf(to)})`);
}

/** Every import from one lib/ folder to another: [from, to, file]. */
function folderImports(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const file of sources(lib)) {
    const from = folderOf(path.relative(lib, file));
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2]) as string;
      const target = spec.startsWith("@/lib/")
        ? path.join(lib, spec.slice(6))
        : spec.startsWith(".")
          ? path.resolve(path.dirname(file), spec)
          : null;
      if (!target || !target.startsWith(lib + path.sep)) continue;
      const to = folderOf(path.relative(lib, target));
      if (to !== from) out.push([from, to, path.relative(lib, file)]);
    }
  }
  return out;
}

const RUNTIME_IMPORT = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']/g;

/** The file an import names, for imports inside the repository. */
function resolveFile(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  const stem = base.replace(/\.js$/, "");
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.js`, path.join(base, "index.ts")]) {
    try {
      if (readFileSync(candidate)) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Import circles between files (runtime imports; `import type` cannot run in circles). */
function fileCircles(files: string[]): string[][] {
  const edges = new Map(
    files.map((f) => [
      f,
      [...readFileSync(f, "utf8").matchAll(RUNTIME_IMPORT)]
        .map((m) => resolveFile(f, (m[1] ?? m[2]) as string))
        .filter((t): t is string => Boolean(t)),
    ]),
  );
  // Tarjan's strongly connected components: a component of more than one file is a circle.
  let index = 0;
  const stack: string[] = [];
  const meta = new Map<string, { index: number; low: number; onStack: boolean }>();
  const circles: string[][] = [];
  const visit = (v: string) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      const mw = meta.get(w);
      const mv = meta.get(v) as { low: number; index: number };
      if (!mw) {
        visit(w);
        mv.low = Math.min(mv.low, (meta.get(w) as { low: number }).low);
      } else if (mw.onStack) mv.low = Math.min(mv.low, mw.index);
    }
    const mv = meta.get(v) as { low: number; index: number };
    if (mv.low === mv.index) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        (meta.get(w) as { onStack: boolean }).onStack = false;
        component.push(path.relative(root, w));
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) circles.push(component);
    }
  };
  for (const f of files) if (!meta.has(f)) visit(f);
  return circles;
}

describe("the layers of lib/", () => {
  const imports = folderImports();

  it("lists every folder once", () => {
    const listed = LAYERS.flat();
    expect(new Set(listed).size).toBe(listed.length);
    const folders = new Set(sources(lib).map((f) => folderOf(path.relative(lib, f))));
    expect([...folders].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it("imports only downwards: no folder imports its own layer or one above", () => {
    expect(upwards(imports)).toEqual([]);
  });

  it("has no two folders importing each other", () => {
    const pairs = new Set(imports.map(([a, b]) => `${a}>${b}`));
    expect([...pairs].filter((p) => pairs.has(p.split(">").reverse().join(">")))).toEqual([]);
  });

  it("has no import circles between files of lib/ and app/", () => {
    expect(fileCircles([...sources(lib, true), ...sources(path.join(root, "app"), true)])).toEqual([]);
  });

  it("would catch an upward or sideways import (the check itself can fail)", () => {
    expect(upwards([["counts", "http", "counts/x.ts"]])).toHaveLength(1);
    expect(upwards([["db", "counts", "db.ts"]])).toHaveLength(1);
    expect(upwards([["counts", "stages", "counts/x.ts"]])).toHaveLength(1);
    expect(upwards([["counts", "initiatives", "counts/x.ts"]])).toEqual([]);
  });

  it("would catch a circle (the check itself can fail)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "layers-"));
    writeFileSync(path.join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = () => b;\n');
    writeFileSync(path.join(dir, "b.ts"), 'import { a } from "./a";\nexport const b = () => a;\n');
    writeFileSync(path.join(dir, "c.ts"), 'import type { a } from "./a";\nexport type C = typeof a;\n');
    expect(fileCircles(["a.ts", "b.ts", "c.ts"].map((f) => path.join(dir, f)))).toHaveLength(1);
  });
});
