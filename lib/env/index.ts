// Typed, validated configuration. Nothing else in the code base reads process.env.
import { parseEnv } from "./schema.js";

export type TEnv = ReturnType<typeof parseEnv>;

let cached: TEnv | undefined;

/** The parsed environment. Parsed lazily so scripts can set variables (e.g. DATABASE_URL) first. */
export function env(): TEnv {
  if (!cached) {
    cached = parseEnv(process.env);
    // Auth.js reads AUTH_URL from process.env itself (next-auth/lib/env.js, @auth/core's
    // createActionURL): with it set, every URL it builds (the magic link included) is on the
    // configured public URL and never on the Host or X-Forwarded-Host of a request.
    process.env.AUTH_URL = cached.AUTH_URL;
  }
  return cached;
}

/**
 * The secret that signs sign-in tokens and unsubscribe links. The schema requires AUTH_SECRET in
 * production (lib/env/schema.js), so the fixed fallback only ever signs development data.
 */
export function authSecret(): string {
  return env().AUTH_SECRET ?? "development-only-secret-change-me";
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
