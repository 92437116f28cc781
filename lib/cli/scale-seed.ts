// npm run scale:seed: loads the synthetic scale set (lib/seed/synthetic.ts: 100,000 initiatives,
// 10,000,000 count observations, one initiative with 1,000,000) into the database named by
// DATABASE_URL, which must be set explicitly (no .env) and must not be the embedded development
// database: the set is for measuring, and it would bury the seed data people browse.
// Options: --initiatives N --observations N --big N (a smaller set for a quick look).
import { parseArgs } from "node:util";
import { disconnectDb } from "@/lib/db";
import { env } from "@/lib/env";
import { syncCatalog } from "@/lib/rules/sync-catalog";
import { seedActor, seedCtx } from "@/lib/seed/context";
import { loadSynthetic } from "@/lib/seed/synthetic";
import { seedTopics } from "@/lib/seed/topics";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { initiatives: { type: "string" }, observations: { type: "string" }, big: { type: "string" } } });
  const e = env();
  if (!e.DATABASE_URL) {
    console.error(
      "Set DATABASE_URL to the database to fill, e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/threshold_scale npm run scale:seed",
    );
    return 2;
  }
  const target = new URL(e.DATABASE_URL);
  if (Number(target.port) === e.PGLITE_PORT) {
    console.error(`${target.host} is the embedded development database; give scale:seed a database of its own.`);
    return 2;
  }
  console.log(`scale:seed: filling ${target.host}${target.pathname} with the synthetic set`);
  const started = Date.now();
  await syncCatalog(seedActor, seedCtx);
  await seedTopics();
  const number = (v: string | undefined) => (v === undefined ? undefined : Number(v.replace(/_/g, "")));
  const result = await loadSynthetic(e.DATABASE_URL, {
    initiatives: number(values.initiatives),
    observations: number(values.observations),
    bigSeries: number(values.big),
    log: (line) => console.log(`scale:seed: ${line}`),
  });
  console.log(
    `scale:seed: ${result.initiatives} initiatives, ${result.observations} observations (${result.bigSlug} holds the long series) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return 0;
}

void main()
  .catch((e: unknown) => {
    console.error(e);
    return 1;
  })
  .then(async (code) => {
    await disconnectDb();
    process.exit(code);
  });
