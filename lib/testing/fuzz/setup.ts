// Setup of the fuzz project (vitest.config.ts): the files share the run's database (created and
// given the rules catalogue by the integration global setup), each connecting under an
// application_name of its own, which the change log (changes.ts) uses to see that file's writes
// only. The few parts of Next that only run inside Next get stand-ins; everything else the
// endpoints do is the real code on real PostgreSQL:
// - Auth.js's auth() answers with the session of the person the current case is sent as;
// - server actions read request headers and refresh the page through next/headers and next/cache;
// - unstable_cache has no cache to keep outside Next: it calls through, with the cache's JSON round trip.
import { randomUUID } from "node:crypto";
import { afterAll, inject, vi } from "vitest";

vi.mock("@/lib/auth/auth", async () => {
  const { session } = await import("@/lib/testing/fuzz/session");
  return {
    auth: () => Promise.resolve(session.current ? { user: session.current, expires: "2999-01-01T00:00:00Z" } : null),
    signIn: () => Promise.resolve(undefined),
    signOut: () => Promise.resolve(undefined),
    handlers: {},
  };
});
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "203.0.113.7" })),
  cookies: () => Promise.resolve({ get: () => undefined, getAll: () => [], has: () => false }),
}));
vi.mock("next/cache", async (original) => ({
  ...(await original<object>()),
  refresh: () => undefined,
  unstable_cache:
    <A extends unknown[], T>(read: (...args: A) => Promise<T>) =>
    async (...args: A) => {
      const value = await read(...args);
      return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
    },
}));

// unauthorized()/forbidden() are enabled by next.config.js (experimental.authInterrupts) in the app.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const url = new URL(inject("databaseUrl"));
url.searchParams.set("application_name", `threshold-fuzz-${randomUUID().slice(0, 8)}`);
process.env.DATABASE_URL = url.toString();
if (inject("busUrl")) process.env.EMBEDDED_BUS_URL = inject("busUrl");

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
});
