import "server-only";
// Sign-in emails per client, per address and for the whole site (rate-limiter-flexible on
// PostgreSQL, so limits hold across server processes). Limits and window come from env.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env, requireDatabaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { clientKey } from "@/lib/net/public-address";

const KEY = Symbol.for("threshold.rateLimiters");
type Limiters = { client: RateLimiterPostgres; email: RateLimiterPostgres; global: RateLimiterPostgres };

function limiters(): Limiters {
  const g = globalThis as unknown as Record<symbol, Limiters | undefined>;
  if (!g[KEY]) {
    const e = env();
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 2, allowExitOnIdle: true });
    const common = {
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      duration: e.SIGNIN_LIMIT_WINDOW_SECONDS,
    };
    g[KEY] = {
      client: new RateLimiterPostgres({ ...common, keyPrefix: "signin-ip", points: e.SIGNIN_LIMIT_PER_IP }),
      email: new RateLimiterPostgres({ ...common, keyPrefix: "signin-email", points: e.SIGNIN_LIMIT_PER_EMAIL }),
      global: new RateLimiterPostgres({ ...common, keyPrefix: "signin-global", points: e.SIGNIN_LIMIT_GLOBAL }),
    };
  }
  return g[KEY];
}

/**
 * The client's address as `npm start` vouches for it (lib/server/forwarded.js rewrites
 * X-Forwarded-For to that one address, honouring TRUST_PROXY), as a rate-limit key (an IPv6
 * client by its /64). The last entry is the one the nearest hop wrote.
 */
export function clientIp(request: Request | Headers): string {
  const headers = request instanceof Headers ? request : request.headers;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return clientKey(hops.at(-1) ?? "unknown");
}

/**
 * Counts one sign-in email; throws RATE_LIMITED (429) with Retry-After when over a limit. The
 * client is counted first, so one client over its limit never spends an address's or the site's
 * budget; the site-wide budget is spent only by requests that pass both.
 */
export async function consumeSignInAttempt(ip: string, email: string): Promise<void> {
  const { client, email: byEmail, global } = limiters();
  try {
    await client.consume(ip);
    await byEmail.consume(email.toLowerCase());
    await global.consume("all");
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      throw new AppError("RATE_LIMITED", { details: { retryAfter: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) } });
    }
    throw e;
  }
}
