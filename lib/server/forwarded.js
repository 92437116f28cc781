// Who the client is, whatever headers it sends. `next start` fills X-Forwarded-For only when the
// client did not, so a client could name any address and escape per-client limits. Before Next
// sees a request, `npm start` (lib/server/start.js) replaces X-Forwarded-For with the one address
// it can vouch for: the socket's peer, or, when TRUST_PROXY names our proxies, the first address
// that did not come from one of them (proxy-addr, as Express does). X-Forwarded-Proto is kept only
// from a trusted proxy; X-Forwarded-Host, Forwarded and X-Real-IP are always dropped: the public
// URL is configured (APP_URL), never taken from a request.
import proxyaddr from "proxy-addr";

/**
 * @param {{ hops: number } | { addresses: string[] }} trust TRUST_PROXY as parsed by lib/env/schema.js
 * @returns {(address: string, hop: number) => boolean}
 */
export function compileTrust(trust) {
  if ("hops" in trust) {
    const hops = trust.hops;
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(trust.addresses);
}

/** @param {string | string[] | undefined} value */
function lastValue(value) {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)
    .at(-1);
}

const ALWAYS_DROPPED = ["x-forwarded-host", "x-forwarded-port", "x-forwarded-server", "forwarded", "x-real-ip"];

/**
 * Rewrites the request's forwarding headers in place and says who the client is and whether the
 * request reached our edge over https.
 * @param {import("node:http").IncomingMessage} req
 * @param {(address: string, hop: number) => boolean} trusted
 * @returns {{ client: string; https: boolean }}
 */
export function normalizeForwarded(req, trusted) {
  const client = proxyaddr(req, trusted);
  const peer = req.socket.remoteAddress ?? "";
  const proto = trusted(peer, 0) ? lastValue(req.headers["x-forwarded-proto"]) : undefined;
  for (const name of ALWAYS_DROPPED) delete req.headers[name];
  req.headers["x-forwarded-for"] = client;
  if (proto === "https" || proto === "http") req.headers["x-forwarded-proto"] = proto;
  else delete req.headers["x-forwarded-proto"];
  return { client, https: proto === "https" || Boolean(/** @type {{ encrypted?: boolean }} */ (req.socket).encrypted) };
}
