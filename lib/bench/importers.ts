// Benchmark: importing every real UK fixture into a fresh database (the target is under 10 s), then
// the same folder again (which must add nothing). Creates and drops its own database on the
// PostgreSQL server at TEST_ADMIN_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
//   npx tsx --conditions=react-server lib/bench/importers.ts [folder] [--files]
import path from "node:path";
import { createTestDatabase, DEFAULT_ADMIN_URL } from "@/lib/testing/database";

const folder =
  process.argv.slice(2).find((a) => !a.startsWith("--")) ?? path.resolve(import.meta.dirname, "../importers/fixtures/real/uk-petitions");
const perFile = process.argv.includes("--files");

async function main() {
  const database = await createTestDatabase("threshold_bench", process.env.TEST_ADMIN_DATABASE_URL ?? DEFAULT_ADMIN_URL);
  process.env.DATABASE_URL = database.url;
  // Imported after DATABASE_URL is set: the environment is parsed on first use.
  const { syncCatalog } = await import("@/lib/rules/sync-catalog");
  const { systemActor } = await import("@/lib/auth/actor");
  const { disconnectDb } = await import("@/lib/db");
  const { importFiles } = await import("@/lib/importers/import-files");
  try {
    await syncCatalog(systemActor("bench"), { via: "seed" });
    for (const run of ["first import", "second import"]) {
      const times: { file: string; ms: number }[] = [];
      let last = performance.now();
      const started = last;
      const outcomes = await importFiles("uk", [folder], {
        onFile: (o) => {
          const now = performance.now();
          times.push({ file: path.relative(folder, o.file), ms: now - last });
          last = now;
        },
      });
      const seconds = (performance.now() - started) / 1000;
      const results = outcomes.flatMap((o) => o.results);
      const added = results.reduce((n, r) => n + r.observationsAdded, 0);
      const errors = outcomes.filter((o) => o.error);
      console.log(
        `${run}: ${outcomes.length} files, ${results.filter((r) => r.created).length} initiatives created, ${added} counts added, ${errors.length} errors in ${seconds.toFixed(2)} s`,
      );
      for (const e of errors) console.log(`  error: ${e.error}`);
      if (perFile)
        for (const t of times.sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  ${t.ms.toFixed(0).padStart(6)} ms  ${t.file}`);
    }
  } finally {
    await disconnectDb();
    await database.drop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
