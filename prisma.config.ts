// Prisma 7 config, used for `prisma generate` (the client). Migrations run through
// prisma/migrate-tool (Prisma 7's CLI can only migrate with a native engine it cannot download here).
import "dotenv/config";
import { defineConfig } from "prisma/config";

// Any existing file stops the CLI from trying to download the native schema engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "prisma/migrate-tool/schema-engine-unavailable.sh";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/threshold" },
});
