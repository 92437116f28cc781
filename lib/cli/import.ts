// npm run import -- <uk|eci|fi> <file|folder|url>... [--dry-run] [--omit-personal-data]
// npm run import -- history uk <petition-id> <csv>
// Imports official data through the importers and prints, per file, what it created, updated and
// added, and every warning. Exits with 1 when any file was refused (that file stored nothing).
import "dotenv/config";
import path from "node:path";
import { disconnectDb } from "@/lib/db";
import { importFiles, importUkHistory, importUrls, type FileOutcome, type ImportOptions } from "@/lib/importers/import-files";
import { changedAnything, type ImportResult } from "@/lib/importers/plan";
import { isCliSource } from "@/lib/importers/sources";

const USAGE = `Usage:
  npm run import -- <uk|eci|fi> <file|folder|url>... [--dry-run] [--omit-personal-data]
  npm run import -- history uk <petition-id> <csv>

  uk   UK Parliament petitions: /petitions/<id>.json, lists (/petitions.json, every page),
       archived and Number 10 petitions, data.parliament.uk tracks, history CSVs (<id>_*.csv)
  eci  European Citizens' Initiative register: /details/<year>/<number>, /search/ALL/EN/<offset>/<size>,
       per-country snapshot files
  fi   kansalaisaloite.fi API v1: /api/v1/initiatives[/<id>], /api/v1/supports-by-date/<id>`;

const n = (v: number) => v.toLocaleString("en-GB");
const plural = (v: number, one: string, many = `${one}s`) => `${n(v)} ${v === 1 ? one : many}`;

function describe(r: ImportResult): string {
  const what = r.created ? "created" : changedAnything(r) ? "updated" : "unchanged";
  const parts = [
    r.observationsAdded ? `+${plural(r.observationsAdded, "count")}` : "",
    r.observationsCorrected ? `${plural(r.observationsCorrected, "count")} corrected` : "",
    r.stagesAdded ? `+${plural(r.stagesAdded, "stage")}` : "",
    r.responsesAdded ? `+${plural(r.responsesAdded, "response")}` : "",
    r.responsesUpdated ? `${plural(r.responsesUpdated, "response")} updated` : "",
    r.observationsUnchanged ? `${n(r.observationsUnchanged)} already stored or unchanged` : "",
  ].filter(Boolean);
  return `  ${what} ${r.source} ${r.externalId} (${r.slug})${parts.length ? `: ${parts.join(", ")}` : ""}`;
}

function print(o: FileOutcome) {
  const relative = path.relative(process.cwd(), o.file);
  const file = /^https?:/.test(o.file) || !relative || relative.startsWith("..") ? o.file : relative;
  if (o.error) {
    console.error(`${file}\n  error: ${o.error}`);
    return;
  }
  if (o.skipped && o.results.length === 0) {
    console.log(`${file}\n  skipped: ${o.skipped}`);
    return;
  }
  console.log(file);
  for (const r of o.results) {
    console.log(describe(r));
    for (const w of r.warnings) console.log(`    warning: ${w}`);
  }
}

function summary(outcomes: FileOutcome[], seconds: number): string {
  const results = outcomes.flatMap((o) => o.results);
  const sum = (f: (r: ImportResult) => number) => results.reduce((t, r) => t + f(r), 0);
  const errors = outcomes.filter((o) => o.error).length;
  return [
    `Done in ${seconds.toFixed(1)} s: ${plural(outcomes.length, "file")}`,
    `${n(results.filter((r) => r.created).length)} created`,
    `${n(results.filter((r) => !r.created && changedAnything(r)).length)} updated`,
    `${n(results.filter((r) => !changedAnything(r)).length)} unchanged`,
    `${plural(
      sum((r) => r.observationsAdded),
      "count",
    )} added`,
    `${n(sum((r) => r.observationsCorrected))} corrected`,
    `${plural(
      sum((r) => r.stagesAdded),
      "stage",
    )} added`,
    `${plural(
      sum((r) => r.responsesAdded),
      "response",
    )} added`,
    `${n(sum((r) => r.responsesUpdated))} updated`,
    `${plural(
      sum((r) => r.warnings.length),
      "warning",
    )}`,
    `${plural(errors, "error")}.`,
  ].join(", ");
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const args = argv.filter((a) => !a.startsWith("--"));
  const unknown = [...flags].filter((f) => !["--dry-run", "--omit-personal-data", "--help"].includes(f));
  if (flags.has("--help")) {
    console.log(USAGE);
    return 0;
  }
  if (args.length < 2 || unknown.length) {
    console.error(unknown.length ? `Unknown option ${unknown.join(", ")}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const options: ImportOptions = { dryRun: flags.has("--dry-run"), omitPersonalData: flags.has("--omit-personal-data"), onFile: print };
  const started = Date.now();
  let outcomes: FileOutcome[];
  const [command, ...rest] = args as [string, ...string[]];
  if (command === "history") {
    const [source, petitionId, file] = rest;
    if (source !== "uk" || !petitionId || !file || rest.length !== 3) {
      console.error(USAGE);
      return 2;
    }
    outcomes = [await importUkHistory(petitionId, file, options)];
  } else if (isCliSource(command)) {
    const urls = rest.filter((r) => /^https?:\/\//.test(r));
    const files = rest.filter((r) => !/^https?:\/\//.test(r));
    outcomes = [
      ...(files.length ? await importFiles(command, files, options) : []),
      ...(urls.length ? await importUrls(command, urls, options) : []),
    ];
  } else {
    console.error(`Unknown source "${command}".\n\n${USAGE}`);
    return 2;
  }
  console.log(summary(outcomes, (Date.now() - started) / 1000));
  return outcomes.some((o) => o.error) ? 1 : 0;
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
