// Points every integration test file at the run's database before any domain module reads env.
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";

process.env.DATABASE_URL = inject("databaseUrl");
if (inject("busUrl")) process.env.EMBEDDED_BUS_URL = inject("busUrl");

afterAll(async () => {
  await disconnectDb();
});
