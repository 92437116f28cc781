import "server-only";
// The seed: real rules with their legal sources, topics, Finland's Ottawa withdrawal initiatives,
// UK petitions and an ECI from real public data. Idempotent: a second run adds nothing. Every write
// goes through the domain commands the app uses.
import { syncCatalog } from "@/lib/rules/sync-catalog";
import { applyTermLapses } from "@/lib/stages/apply-term-lapses";
import { seedActor, seedCtx } from "./context";
import { seedFinland } from "./finland";
import { seedImports } from "./imports";
import { seedTopics } from "./topics";

export async function runSeed(options: { now?: Date; log?: (line: string) => void } = {}) {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const catalog = await syncCatalog(seedActor, seedCtx);
  log(`rules: ${catalog.changes} change(s)`);
  await seedTopics();
  await seedFinland(now);
  log("Finland: Ottawa withdrawal initiatives and a municipal initiative");
  const imports = await seedImports();
  const added = imports.reduce((n, r) => n + r.observationsAdded, 0);
  log(`imports: ${imports.filter((r) => r.created).length} initiative(s) created, ${added} observation(s) added`);
  const lapses = await applyTermLapses(seedActor, seedCtx, now);
  if (lapses.lapsed.length) log(`lapsed at the end of the electoral term: ${lapses.lapsed.join(", ")}`);
  log(`seed finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { imports, lapses };
}
