// Prisma 6.19 config for the migration CLI only ("prisma/config" resolves to 6.19.3 in this folder).
// The app itself uses Prisma 7 (../../prisma.config.ts); the schema is the same file.
import { defineConfig } from "prisma/config";
import { migrationAdapter } from "./migrate-adapter";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set (the migration tool needs a PostgreSQL URL)");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrationAdapter(url),
  schema: "../.migrate/schema.prisma",
  migrations: { path: "../migrations" },
});
