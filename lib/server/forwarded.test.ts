import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { parseEnv as parseProcessEnv } from "@/lib/env/schema.js";
import { compileTrust, normalizeForwarded } from "./forwarded.js";

function request(peer: string, headers: IncomingMessage["headers"]): IncomingMessage {
  return { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers } as unknown as IncomingMessage;
}

const parseEnv = (vars: Record<string, string>) => parseProcessEnv(vars as NodeJS.ProcessEnv);
const trust = (value: string) => compileTrust(parseEnv({ TRUST_PROXY: value }).TRUST_PROXY);

describe("who the client is, whatever it sends", () => {
  it("without a trusted proxy: the socket's peer, and forged forwarding headers are dropped", () => {
    const req = request("203.0.113.7", {
      "x-forwarded-for": "1.2.3.4, 5.6.7.8",
      "x-forwarded-host": "attacker.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "9.9.9.9",
      forwarded: "for=9.9.9.9;host=attacker.example",
    });
    expect(normalizeForwarded(req, trust("false"))).toEqual({ client: "203.0.113.7", https: false });
    expect(req.headers).toEqual({ "x-forwarded-for": "203.0.113.7" });
  });

  it("behind one proxy (TRUST_PROXY=1, the edge cache appends the address it saw): that address", () => {
    const req = request("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.20", "x-forwarded-proto": "http, https" });
    expect(normalizeForwarded(req, trust("1"))).toEqual({ client: "198.51.100.20", https: true });
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.20");
    expect(req.headers["x-forwarded-proto"]).toBe("https");
  });

  it("two hops, an address list, IPv6 and an untrusted peer claiming https", () => {
    expect(normalizeForwarded(request("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 2001:db8::1, 10.0.0.1" }), trust("2")).client).toBe(
      "2001:db8::1",
    );
    const listed = trust("loopback, 10.0.0.0/8");
    expect(normalizeForwarded(request("10.1.1.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.3" }), listed).client).toBe("198.51.100.3");
    const stranger = request("198.51.100.9", { "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https" });
    expect(normalizeForwarded(stranger, listed)).toEqual({ client: "198.51.100.9", https: false });
    expect(stranger.headers["x-forwarded-proto"]).toBeUndefined();
  });

  it("refuses a TRUST_PROXY that is neither a hop count nor addresses", () => {
    expect(() => parseEnv({ TRUST_PROXY: "yes please" })).toThrow(/TRUST_PROXY/);
    expect(parseEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toEqual({ hops: 1 });
  });
});
