// Fetching official resources politely and robustly: a timeout per attempt (headers and body),
// retries with exponential backoff (honouring Retry-After) for timeouts, network errors, 408,
// 425, 429 and 5xx only, conditional requests (ETag / If-Modified-Since), a size limit, and at
// most one request per host per interval (HostPacer).
import { env } from "@/lib/env";
import { readLimited } from "@/lib/streams/read-limited";
import { delay, HostPacer } from "./pacer";

export type FetchSettings = {
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  maxBackoffMs: number;
  maxBytes: number;
  userAgent: string;
  pacer: HostPacer;
  /** Jitter source (0..1); tests pass a constant. */
  random?: () => number;
};

export type Conditional = { etag?: string | null; lastModified?: string | null };

type Common = { url: string; fetchedAt: Date; attempts: number; etag: string | null; lastModified: string | null };
export type Fetched = (Common & { status: "ok"; text: string }) | (Common & { status: "not-modified" });

export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly httpStatus: number | null,
    readonly attempts: number,
  ) {
    super(`${url}: ${reason}${attempts > 1 ? ` (after ${attempts} attempts)` : ""}`);
    this.name = "FetchError";
  }
}

const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

class AttemptFailure extends Error {
  constructor(
    readonly reason: string,
    readonly httpStatus: number | null,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(reason);
  }
}

let processPacer: HostPacer | undefined;

/** Settings from the environment, with one pacer shared by the whole process. */
export function defaultFetchSettings(): FetchSettings {
  const e = env();
  processPacer ??= new HostPacer(e.IMPORT_HOST_INTERVAL_MS);
  return {
    timeoutMs: e.IMPORT_FETCH_TIMEOUT_MS,
    retries: e.IMPORT_FETCH_RETRIES,
    backoffMs: e.IMPORT_FETCH_BACKOFF_MS,
    maxBackoffMs: 60_000,
    maxBytes: 20 * 1024 * 1024,
    userAgent: `Threshold importer (+${e.APP_URL})`,
    pacer: processPacer,
  };
}

function retryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return `network error (${cause.code})`;
  return `network error (${cause?.message ?? (e instanceof Error ? e.message : String(e))})`;
}

async function readText(response: Response, maxBytes: number): Promise<string> {
  const bytes = await readLimited(response.body, response.headers.get("content-length"), maxBytes);
  if (!bytes) throw new AttemptFailure(`the response is larger than ${maxBytes} bytes`, response.status, false);
  return new TextDecoder().decode(bytes);
}

async function attempt(url: string, settings: FetchSettings, conditional: Conditional): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const headers: Record<string, string> = { accept: "application/json", "user-agent": settings.userAgent };
  if (conditional.etag) headers["if-none-match"] = conditional.etag;
  if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
  try {
    const response = await fetch(url, { headers, signal: controller.signal, redirect: "follow" });
    const base = {
      url,
      fetchedAt: new Date(),
      attempts: 0,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
    if (response.status === 304) {
      await response.body?.cancel();
      return { ...base, status: "not-modified" };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new AttemptFailure(
        `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
        response.status,
        RETRYABLE_STATUS.has(response.status),
        retryAfter(response.headers.get("retry-after"), Date.now()),
      );
    }
    return { ...base, status: "ok", text: await readText(response, settings.maxBytes) };
  } catch (e) {
    if (e instanceof AttemptFailure) throw e;
    if (controller.signal.aborted) throw new AttemptFailure(`timed out after ${settings.timeoutMs} ms`, null, true);
    throw new AttemptFailure(networkReason(e), null, true);
  } finally {
    clearTimeout(timer);
  }
}

/** One resource, with retries. Throws FetchError when every attempt failed or the failure is final. */
export async function fetchResource(url: string, settings: FetchSettings, conditional: Conditional = {}): Promise<Fetched> {
  const random = settings.random ?? Math.random;
  for (let n = 1; ; n++) {
    await settings.pacer.wait(url);
    try {
      const result = await attempt(url, settings, conditional);
      return { ...result, attempts: n };
    } catch (e) {
      const failure = e as AttemptFailure;
      if (!failure.retryable || n > settings.retries) throw new FetchError(url, failure.reason, failure.httpStatus, n);
      const exponential = Math.min(settings.maxBackoffMs, settings.backoffMs * 2 ** (n - 1));
      const jittered = exponential * (0.5 + random() / 2);
      await delay(Math.min(settings.maxBackoffMs, Math.max(jittered, failure.retryAfterMs ?? 0)));
    }
  }
}
