// Typed, validated configuration. Nothing else in the code base reads process.env.
import { parseEnv } from "./schema.js";

export type TEnv = ReturnType<typeof parseEnv>;

let cached: TEnv | undefined;

/** The parsed environment. Parsed lazily so scripts can set variables (e.g. DATABASE_URL) first. */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For long-running scripts that change process.env after start-up (the dev orchestrator). */
export function resetEnvForScripts(): void {
  cached = undefined;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Set it to a PostgreSQL URL, or run `npm run dev`, which starts an embedded database.");
  }
  return url;
}
