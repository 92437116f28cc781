// Fetching official resources politely and robustly: a timeout per attempt (headers and body),
// retries with exponential backoff (honouring Retry-After) for timeouts, network errors, 408,
// 425, 429 and 5xx only, conditional requests (ETag / If-Modified-Since), a size limit, and at
// most one request per host per interval (HostPacer). Only to the source's own hosts, never to a
// private address, redirects included (lib/net/outbound.ts): the URLs come partly from fetched
// content (`links.next`, `links.self`).
import { env } from "@/lib/env";
import { outboundFetch, OutboundRefused } from "@/lib/net/outbound";
import { readLimited } from "@/lib/net/read-limited";
import { delay, HostPacer } from "./pacer";

export type FetchSettings = {
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  maxBackoffMs: number;
  maxBytes: number;
  userAgent: string;
  pacer: HostPacer;
  /** Hosts every request and redirect must stay on: the source's own (added by forSource) and IMPORT_EXTRA_HOSTS. */
  allowedHosts: readonly string[];
  /** Local test servers only (IMPORT_ALLOW_PRIVATE_ADDRESSES). */
  allowPrivateAddresses: boolean;
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
    allowedHosts: e.IMPORT_EXTRA_HOSTS,
    allowPrivateAddresses: e.IMPORT_ALLOW_PRIVATE_ADDRESSES,
  };
}

/** The settings for one source: its own hosts join the allowed ones. */
export function forSource(settings: FetchSettings, hosts: readonly string[]): FetchSettings {
  return { ...settings, allowedHosts: [...new Set([...settings.allowedHosts, ...hosts])] };
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

async function attempt(url: string, settings: FetchSettings, conditional: Conditional): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const headers: Record<string, string> = { accept: "application/json", "user-agent": settings.userAgent };
  if (conditional.etag) headers["if-none-match"] = conditional.etag;
  if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
  try {
    const response = await outboundFetch(
      url,
      { headers, signal: controller.signal },
      { allowedHosts: settings.allowedHosts, allowPrivateAddresses: settings.allowPrivateAddresses },
    );
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
    const tooLarge = () => new AttemptFailure(`the response is larger than ${settings.maxBytes} bytes`, response.status, false);
    return {
      ...base,
      status: "ok",
      text: await readLimited(response.body, settings.maxBytes, tooLarge, response.headers.get("content-length")),
    };
  } catch (e) {
    if (e instanceof AttemptFailure) throw e;
    if (e instanceof OutboundRefused) throw new AttemptFailure(e.message, null, false);
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
