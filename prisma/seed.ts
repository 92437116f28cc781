// npm run db:seed: fills the database named by DATABASE_URL with the seed data (idempotent).
import "dotenv/config";
import { disconnectDb } from "@/lib/db";
import { runSeed } from "@/lib/seed/run-seed";

runSeed({ log: (line) => console.log(`seed: ${line}`) })
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
