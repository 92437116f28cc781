import "server-only";
// Importing files, folders and URLs (the CLI, the seed, tests and the benchmark). Each file, and
// each fetched response, is one transaction. In a folder, files that can register initiatives
// (petition JSON) go before files that only add counts (tracks, histories), each group in path
// order; documentation (README, MANIFEST, licences) is skipped.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { applyPlans } from "./apply-plan";
import { FetchError, defaultFetchSettings, forSource, type FetchSettings } from "./fetch";
import { isImportError } from "./errors";
import type { ImportPlan, ImportResult } from "./plan";
import { CLI_SOURCES, type TCliSource } from "./sources";
import { readUkHistoryCsv } from "./uk-petitions/read";

export type FileOutcome = { file: string; results: ImportResult[]; error?: string; skipped?: string };
export type ImportOptions = { omitPersonalData?: boolean; now?: Date; dryRun?: boolean; onFile?: (o: FileOutcome) => void };

const DATA = /\.(json|csv)$/i;
const NOT_DATA = /^(readme|manifest|licen[cs]e|notice)\b/i;

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith(".")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(full)));
    else if (e.isFile()) files.push(full);
  }
  return files;
}

/** Every file to import, and the files of folders that are skipped as documentation. */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    if (!(await stat(p)).isDirectory()) {
      files.push(p);
      continue;
    }
    for (const f of await walk(p)) (DATA.test(f) && !NOT_DATA.test(path.basename(f)) ? files : skipped).push(f);
  }
  return { files, skipped };
}

/** When a file was captured, from its name (…_2019-03-24.json, …_20190323T1702Z.json), else its mtime. */
export function capturedAt(file: string, mtime: Date): Date {
  const name = path.basename(file);
  const m =
    name.match(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?Z/) ??
    name.match(/(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?Z)?/);
  if (!m) return mtime;
  const [, y, mo, d, h = "00", mi = "00", s = "00"] = m;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(at.getTime()) ? mtime : at;
}

const message = (e: unknown) =>
  isImportError(e) || e instanceof FetchError ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : String(e);

async function apply(file: string, plans: ImportPlan[], options: ImportOptions): Promise<FileOutcome> {
  const outcome: FileOutcome = options.dryRun
    ? {
        file,
        results: [],
        skipped: `dry run: ${plans.length} initiative(s), ${plans.reduce((n, p) => n + p.observations.length, 0)} count(s) read`,
      }
    : { file, results: await applyPlans(plans, { now: options.now }) };
  options.onFile?.(outcome);
  return outcome;
}

/** Files and folders of one source. A file that fails is reported and stores nothing; the others go on. */
export async function importFiles(cli: TCliSource, paths: string[], options: ImportOptions = {}): Promise<FileOutcome[]> {
  const adapter = CLI_SOURCES[cli];
  const { files, skipped } = await expandPaths(paths);
  const outcomes: FileOutcome[] = skipped.map((file) => ({ file, results: [], skipped: "not a data file" }));
  for (const o of outcomes) options.onFile?.(o);
  const read: { file: string; plans: ImportPlan[]; registers: boolean }[] = [];
  for (const file of files) {
    try {
      const [text, info] = await Promise.all([readFile(file, "utf8"), stat(file)]);
      const plans = adapter.readFile(file, text, { fetchedAt: capturedAt(file, info.mtime), omitPersonalData: options.omitPersonalData });
      read.push({ file, plans, registers: plans.some((p) => p.register) });
    } catch (e) {
      const failed = { file, results: [], error: message(e) };
      options.onFile?.(failed);
      outcomes.push(failed);
    }
  }
  const ordered = [...read.filter((r) => r.registers), ...read.filter((r) => !r.registers)];
  for (const r of ordered) {
    try {
      outcomes.push(await apply(r.file, r.plans, options));
    } catch (e) {
      const failed = { file: r.file, results: [], error: message(e) };
      options.onFile?.(failed);
      outcomes.push(failed);
    }
  }
  return outcomes;
}

/** URLs of one source, each response in its own transaction (a list's pages, an index's entries). */
export async function importUrls(
  cli: TCliSource,
  urls: string[],
  options: ImportOptions & { settings?: FetchSettings } = {},
): Promise<FileOutcome[]> {
  const adapter = CLI_SOURCES[cli];
  const settings = forSource(options.settings ?? defaultFetchSettings(), adapter.hosts);
  const outcomes: FileOutcome[] = [];
  for (const url of urls) {
    try {
      for await (const unit of adapter.fetchUrl(url, settings, { omitPersonalData: options.omitPersonalData })) {
        outcomes.push(await apply(unit.url, unit.plans, options));
      }
    } catch (e) {
      const failed = { file: url, results: [], error: message(e) };
      options.onFile?.(failed);
      outcomes.push(failed);
    }
  }
  return outcomes;
}

/** A UK petition's count history (CSV), for a petition that is tracked already. */
export async function importUkHistory(petitionId: string, file: string, options: ImportOptions = {}): Promise<FileOutcome> {
  try {
    return await apply(file, [readUkHistoryCsv(file, await readFile(file, "utf8"), petitionId)], options);
  } catch (e) {
    const failed = { file, results: [], error: message(e) };
    options.onFile?.(failed);
    return failed;
  }
}
