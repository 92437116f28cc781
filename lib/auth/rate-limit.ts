import "server-only";
// Sign-in attempts per IP address and per email address (rate-limiter-flexible on PostgreSQL, so
// limits hold across server processes). Limits and window come from env.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env, requireDatabaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

const KEY = Symbol.for("threshold.rateLimiters");
type Limiters = { ip: RateLimiterPostgres; email: RateLimiterPostgres };

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
      ip: new RateLimiterPostgres({ ...common, keyPrefix: "signin-ip", points: e.SIGNIN_LIMIT_PER_IP }),
      email: new RateLimiterPostgres({ ...common, keyPrefix: "signin-email", points: e.SIGNIN_LIMIT_PER_EMAIL }),
    };
  }
  return g[KEY];
}

/** The client's address: the proxy's X-Forwarded-For when TRUST_PROXY, else the last hop Next saw. */
export function clientIp(request: Request): string {
  const forwarded = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = env().TRUST_PROXY ? forwarded[0] : forwarded[forwarded.length - 1];
  return ip ?? request.headers.get("x-real-ip") ?? "unknown";
}

/** Counts one sign-in attempt; throws RATE_LIMITED (429) with Retry-After when over a limit. */
export async function consumeSignInAttempt(ip: string, email: string): Promise<void> {
  const { ip: byIp, email: byEmail } = limiters();
  try {
    await byIp.consume(ip);
    await byEmail.consume(email.toLowerCase());
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      throw new AppError("RATE_LIMITED", { details: { retryAfter: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) } });
    }
    throw e;
  }
}
