import "server-only";
// UK petitions and a European Citizens' Initiative from real public data (lib/importers/fixtures),
// imported through the importers exactly as an operator would. Personal data (petition creators'
// names) is left out of seeded data.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { applyPlan } from "@/lib/importers/apply-plan";
import { readEciJson } from "@/lib/importers/eci/read";
import type { ImportPlan } from "@/lib/importers/plan";
import { readUkHistoryCsv, readUkJson } from "@/lib/importers/uk-petitions/read";

export const FIXTURES = path.resolve(import.meta.dirname, "../importers/fixtures/real");

type SeedImport = { files: string[]; history?: { petitionId: string; file: string }; topics?: string[] };

// Per petition, oldest data first (a history series, then snapshots), so counts arrive in order.
const UK: SeedImport[] = [
  {
    history: { petitionId: "241584", file: "history/241584_git-history_evilneuro.csv" },
    files: ["scraper-pretty/241584_20190422T1237Z.json"],
    topics: ["eu-membership"],
  },
  {
    history: { petitionId: "700143", file: "history/700143_per-minute_viewyonder.csv" },
    files: ["api-raw/700143_2024-11-24.json"],
    topics: ["elections"],
  },
  { files: ["api-raw/131215_2016-06-27.json", "jonty/petitions/2015-2017_Conservative_government/131215.json"], topics: ["eu-membership"] },
  { files: ["api-raw/171928_2017-02-11.json", "jonty/petitions/2015-2017_Conservative_government/171928.json"] },
  { files: ["api-raw/178844_2017-02-11.json", "jonty/petitions/2015-2017_Conservative_government/178844.json"] },
  {
    files: [
      "api-raw/104334_2015-09-09.json",
      "jonty/parliament_lda_petition_tracking/tracking/104334.json",
      "jonty/petitions/2015-2017_Conservative_government/104334.json",
    ],
  },
  { files: ["jonty/petitions/2017-_Conservative_government/200005.json"], topics: ["elections"] },
  { files: ["api-raw/105868_2015-09-09.json"] },
];

async function read(rel: string): Promise<string> {
  return readFile(path.join(FIXTURES, "uk-petitions", rel), "utf8");
}

export async function seedImports() {
  const results = [];
  for (const petition of UK) {
    const plans: ImportPlan[] = [];
    for (const file of petition.files) {
      plans.push(...readUkJson(file, await read(file), { omitPersonalData: true }));
    }
    // Register first (without data), so the history, which cannot register, has an initiative;
    // then the oldest data first.
    const first = plans[0];
    if (first?.register) {
      first.register.topicSlugs = petition.topics ?? [];
      results.push(await applyPlan({ ...first, observations: [], stages: [], responses: [], thresholdsReached: [], warnings: [] }));
    }
    if (petition.history)
      results.push(
        await applyPlan(readUkHistoryCsv(petition.history.file, await read(petition.history.file), petition.history.petitionId)),
      );
    for (const plan of plans) results.push(await applyPlan(plan));
  }
  const eciFile = "eci/eci58-2025-000006-snapshots.json";
  for (const plan of readEciJson(eciFile, await readFile(path.join(FIXTURES, eciFile), "utf8"))) results.push(await applyPlan(plan));
  return results;
}
