import "server-only";
// Content-Security-Policy violation reports (report-uri's application/csp-report and the Reporting
// API's application/reports+json), logged as one JSON line each, every field truncated, at most
// 10 per request. Anonymous and cheap to send, so bounded: 16 KB per body (413 beyond, read no
// further) and CSP_REPORTS_PER_MINUTE per client (429), counted per process: it protects the log.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientIp } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { readLimited } from "@/lib/net/read-limited";
import { AppError } from "@/lib/errors/app-error";

export const MAX_REPORT_BYTES = 16 * 1024;
const MAX_FIELD = 200;

const KEY = Symbol.for("threshold.cspReportLimiter");
function limiter(): RateLimiterMemory {
  const g = globalThis as unknown as Record<symbol, RateLimiterMemory | undefined>;
  g[KEY] ??= new RateLimiterMemory({ points: env().CSP_REPORTS_PER_MINUTE, duration: 60, keyPrefix: "csp-report" });
  return g[KEY];
}

// Both formats, mapped to one set of names (report-uri's kebab-case, the Reporting API's camelCase).
const FIELDS: Record<string, [string, string]> = {
  document: ["document-uri", "documentURL"],
  directive: ["effective-directive", "effectiveDirective"],
  blocked: ["blocked-uri", "blockedURL"],
  source: ["source-file", "sourceFile"],
  line: ["line-number", "lineNumber"],
  column: ["column-number", "columnNumber"],
  sample: ["script-sample", "sample"],
  disposition: ["disposition", "disposition"],
};

type Report = Record<string, string | number>;

function shape(body: Record<string, unknown>, format: 0 | 1): Report {
  const out: Report = {};
  for (const [name, keys] of Object.entries(FIELDS)) {
    const value = body[keys[format]];
    if (typeof value === "number" && Number.isFinite(value)) out[name] = value;
    else if (typeof value === "string" && value) out[name] = value.replace(/[\u0000-\u001f\u007f]/g, " ").slice(0, MAX_FIELD);
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The reports in a body, shaped and truncated; null when the body is neither format. */
export function parseCspReports(text: string): Report[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (isObject(data) && isObject(data["csp-report"])) return [shape(data["csp-report"], 0)];
  if (Array.isArray(data)) {
    return data
      .filter((r): r is Record<string, unknown> => isObject(r) && r.type === "csp-violation" && isObject(r.body))
      .slice(0, 10)
      .map((r) => shape(r.body as Record<string, unknown>, 1));
  }
  return null;
}

/** Logs the request's reports; AppError RATE_LIMITED, PAYLOAD_TOO_LARGE or BAD_REQUEST otherwise. */
export async function recordCspReports(request: Request): Promise<number> {
  try {
    await limiter().consume(clientIp(request));
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new AppError("RATE_LIMITED", { details: { retryAfter: Math.ceil(e.msBeforeNext / 1000) } });
    throw e;
  }
  const text = await readLimited(
    request.body,
    MAX_REPORT_BYTES,
    () => new AppError("PAYLOAD_TOO_LARGE"),
    request.headers.get("content-length"),
  );
  const reports = parseCspReports(text);
  if (!reports)
    throw new AppError("BAD_REQUEST", {
      userMessage: "Expected a CSP violation report (application/csp-report or application/reports+json).",
    });
  for (const report of reports) console.warn(JSON.stringify({ event: "csp-violation", ...report }));
  return reports.length;
}
