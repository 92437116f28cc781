import "server-only";
// Fetching a URL that someone else chose (an importer's `links.next`, a webhook target) without
// letting it reach inside our network. Every hop (the URL and each redirect) is checked against
// the policy before any connection: http(s) only, an allowed host when the policy lists hosts, no
// IP literal outside the public internet. Names are checked again at connect time, on the
// addresses DNS actually returned (a name that resolves to 127.0.0.1 or 169.254.169.254 is
// refused, and so is a DNS answer that changes between check and connect: the check IS the
// connect). Used by the importers (lib/importers/fetch.ts); webhooks use the same.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from "node:dns";
import { Agent, fetch as undiciFetch, type Dispatcher } from "undici";
import { addressRange, isIpLiteral, isPublicAddress } from "./public-address";

export type OutboundPolicy = {
  /** Exact host names (lower case) the URL and every redirect may point at; null: any public host. */
  allowedHosts: readonly string[] | null;
  /** Tests and development against local servers only (lib/env refuses it in production). */
  allowPrivateAddresses: boolean;
  /** Redirects followed, each re-checked (default 5). */
  maxRedirects?: number;
};

/** Refused before or while connecting; nothing was sent to the target. */
export class OutboundRefused extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: refused, ${reason}`);
    this.name = "OutboundRefused";
  }
}

/** The URL, parsed, if the policy allows it; otherwise OutboundRefused. No DNS, no connection. */
export function checkOutboundUrl(raw: string | URL, policy: OutboundPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefused(String(raw), "not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new OutboundRefused(url.href, `the scheme ${url.protocol} is not http(s)`);
  if (url.username || url.password) throw new OutboundRefused(url.href, "credentials in the URL");
  // The WHATWG parser has already turned 2130706433, 0x7f.1 and 127.1 into 127.0.0.1.
  const host = url.hostname.toLowerCase();
  if (policy.allowedHosts && !policy.allowedHosts.includes(host)) {
    throw new OutboundRefused(url.href, `${host} is not one of this source's hosts (${policy.allowedHosts.join(", ") || "none"})`);
  }
  if (!policy.allowPrivateAddresses && isIpLiteral(host) && !isPublicAddress(host)) {
    throw new OutboundRefused(url.href, `${host} is a ${addressRange(host)} address, not a public one`);
  }
  return url;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup for net.connect that fails unless every address the name resolves to is public. */
export function publicOnlyLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused) {
      const e: NodeJS.ErrnoException = new Error(`${hostname} resolves to ${refused.address}, a ${addressRange(refused.address)} address`);
      e.code = "EADDRNOTPUBLIC";
      return callback(e, []);
    }
    if ((options as LookupAllOptions).all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}

const KEY = Symbol.for("threshold.net.publicAgent");
function publicAgent(): Dispatcher {
  const g = globalThis as unknown as Record<symbol, Dispatcher | undefined>;
  g[KEY] ??= new Agent({ connect: { lookup: publicOnlyLookup } });
  return g[KEY];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export type OutboundInit = {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** "manual": a 3xx is returned as it is, never followed (webhook deliveries); default "follow". */
  redirect?: "follow" | "manual";
};

/**
 * Fetch a URL under the policy (GET by default; webhooks POST a body), following redirects by
 * hand so each one is checked: 307/308 repeat the request, 303 (and 301/302 after a POST) become
 * a GET without body, as browsers do. Network and policy errors reject; an OutboundRefused means
 * nothing was sent to the refused address.
 */
export async function outboundFetch(raw: string, init: OutboundInit, policy: OutboundPolicy): Promise<Response> {
  const dispatcher = policy.allowPrivateAddresses ? undefined : publicAgent();
  let url = checkOutboundUrl(raw, policy);
  const { redirect = "follow", ...first } = init;
  let request = first;
  for (let hop = 0; ; hop++) {
    let response;
    try {
      response = await undiciFetch(url, { ...request, redirect: "manual", dispatcher });
    } catch (e) {
      const code = (e as { cause?: { code?: string } }).cause?.code;
      if (code === "EADDRNOTPUBLIC") throw new OutboundRefused(url.href, (e as { cause: Error }).cause.message);
      throw e;
    }
    const location = response.headers.get("location");
    if (redirect === "manual" || !REDIRECTS.has(response.status) || !location) return response as unknown as Response; // undici's Response is the global one's twin
    await response.body?.cancel();
    if (hop >= (policy.maxRedirects ?? 5)) throw new OutboundRefused(url.href, "too many redirects");
    url = checkOutboundUrl(new URL(location, url), policy);
    const method = (request.method ?? "GET").toUpperCase();
    if (response.status === 303 || (method === "POST" && (response.status === 301 || response.status === 302))) {
      request = { ...request, method: "GET", body: undefined };
    }
  }
}
