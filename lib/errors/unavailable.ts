// Recognising "the database is not there right now": refused or dropped connections, a server
// shutting down or starting up, and a pool with no free connection in time. These are answered
// 503 UNAVAILABLE with Retry-After (toAppError), never a generic 500: nothing was written, and
// the same request will work once the database is back.
//
// Prisma wraps the driver's error (meta.driverAdapterError.cause), pg-pool throws plain Errors,
// so the check walks the whole chain and looks at codes first, then the two messages pg-pool and
// pg use without a code.

export { UNAVAILABLE_RETRY_AFTER_SECONDS } from "@/lib/db-health.js";

const CODES = new Set([
  // Prisma: can't reach the server, timed out reaching it, connection closed, pool timeout.
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  // Node sockets.
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  // PostgreSQL: admin/crash shutdown, cannot connect now (starting, shutting down, recovery),
  // too many connections, connection exceptions.
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Client has encountered a connection error and is not queryable/i,
  /Can't reach database server/i,
];

function fields(x: unknown): Record<string, unknown> | null {
  return x !== null && typeof x === "object" ? (x as Record<string, unknown>) : null;
}

/** True when this error (or anything it wraps) says the database could not be used just now. */
export function isDatabaseUnavailable(e: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [e];
  while (queue.length) {
    const x = queue.shift();
    const f = fields(x);
    if (!f || seen.has(x)) continue;
    seen.add(x);
    for (const key of ["code", "originalCode"]) if (typeof f[key] === "string" && CODES.has(f[key])) return true;
    if (typeof f.kind === "string" && KINDS.has(f.kind)) return true;
    if (typeof f.message === "string" && MESSAGES.some((re) => re.test(f.message as string))) return true;
    queue.push(f.cause, fields(f.meta)?.driverAdapterError);
    if (Array.isArray(f.errors)) queue.push(...(f.errors as unknown[]));
  }
  return false;
}
