import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { checkOutboundUrl, outboundFetch, OutboundRefused, type OutboundPolicy } from "./outbound";
import { clientKey, isPublicAddress } from "./public-address";

const open: OutboundPolicy = { allowedHosts: null, allowPrivateAddresses: false };

describe("public addresses", () => {
  it.each([
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "224.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "::ffff:127.0.0.1",
    "::ffff:a9fe:a9fe",
    "64:ff9b::7f00:1",
    "2002:7f00:1::",
    "[::1]",
  ])("refuses %s", (address) => expect(isPublicAddress(address)).toBe(false));

  it.each(["8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])("accepts %s", (address) => expect(isPublicAddress(address)).toBe(true));

  it("counts an IPv6 client by its /64 and an IPv4-mapped one as IPv4", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe(clientKey("2001:db8:1:2:bbbb::2"));
    expect(clientKey("2001:db8:1:2::1")).not.toBe(clientKey("2001:db8:1:3::1"));
    expect(clientKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });
});

describe("checking a URL before any connection", () => {
  it.each([
    ["http://127.0.0.1/", "loopback"],
    ["http://2130706433/", "loopback"], // decimal
    ["http://0x7f000001/", "loopback"], // hexadecimal
    ["http://127.1/", "loopback"], // short form
    ["http://[::1]/", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "ipv4Mapped"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://169.254.169.254/latest/meta-data/", "linkLocal"],
    ["http://10.0.0.1/", "private"],
    ["http://[fd00::1]/", "uniqueLocal"],
  ])("refuses %s", (url, range) => {
    expect(() => checkOutboundUrl(url, open)).toThrow(OutboundRefused);
    expect(() => checkOutboundUrl(url, open)).toThrow(range === "ipv4Mapped" ? /address/ : new RegExp(range));
  });

  it("refuses other schemes, credentials and hosts off the list", () => {
    expect(() => checkOutboundUrl("file:///etc/passwd", open)).toThrow(/scheme/);
    expect(() => checkOutboundUrl("gopher://example.org/", open)).toThrow(/scheme/);
    expect(() => checkOutboundUrl("https://user:pw@example.org/", open)).toThrow(/credentials/);
    const listed = { allowedHosts: ["petition.parliament.uk"], allowPrivateAddresses: false };
    expect(checkOutboundUrl("https://PETITION.parliament.uk/petitions/1.json", listed).hostname).toBe("petition.parliament.uk");
    expect(() => checkOutboundUrl("https://petition.parliament.uk.evil.example/", listed)).toThrow(/not one of this source's hosts/);
    expect(() => checkOutboundUrl("https://evil.example/petition.parliament.uk", listed)).toThrow(/not one of this source's hosts/);
  });
});

describe("fetching under a policy", () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  });

  async function serve(handler: (path: string) => { status: number; location?: string }) {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? "");
      const { status, location } = handler(req.url ?? "");
      res.writeHead(status, location ? { location } : { "content-type": "text/plain" });
      res.end("ok");
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { port: (server.address() as AddressInfo).port, hits };
  }

  it("refuses a name that resolves to a loopback address, at connect time, before sending anything", async () => {
    const { port, hits } = await serve(() => ({ status: 200 }));
    await expect(outboundFetch(`http://localhost:${port}/`, {}, open)).rejects.toThrow(/resolves to .*loopback/);
    expect(hits).toEqual([]);
  });

  it("re-checks every redirect against the host list", async () => {
    const target = await serve(() => ({ status: 200 }));
    const policy = { allowedHosts: ["127.0.0.1"], allowPrivateAddresses: true };
    for (const location of [`http://localhost:${target.port}/inside`, `http://[::1]:${target.port}/inside`, "http://0.0.0.0/"]) {
      const first = await serve(() => ({ status: 302, location }));
      await expect(outboundFetch(`http://127.0.0.1:${first.port}/start`, {}, policy)).rejects.toThrow(/not one of this source's hosts/);
      expect(first.hits).toEqual(["/start"]);
    }
    expect(target.hits).toEqual([]);
  });

  it("repeats a POST on 307 and turns it into a GET on 303, as browsers do", async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        seen.push(`${req.method} ${req.url} ${body}`);
        const next = req.url === "/a" ? "/b" : req.url === "/b" ? "/c" : null;
        res.writeHead(next ? (req.url === "/a" ? 307 : 303) : 200, next ? { location: next } : {});
        res.end();
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const policy = { allowedHosts: ["127.0.0.1"], allowPrivateAddresses: true };
    expect((await outboundFetch(`http://127.0.0.1:${port}/a`, { method: "POST", body: "{}" }, policy)).status).toBe(200);
    expect(seen).toEqual(["POST /a {}", "POST /b {}", "GET /c "]);
    const unfollowed = await outboundFetch(`http://127.0.0.1:${port}/a`, { method: "POST", body: "{}", redirect: "manual" }, policy);
    expect([unfollowed.status, unfollowed.headers.get("location")]).toEqual([307, "/b"]);
  });

  it("follows allowed redirects and stops after the limit", async () => {
    const { port, hits } = await serve((path) =>
      path === "/end" ? { status: 200 } : { status: 301, location: path === "/loop" ? "/loop" : "/end" },
    );
    const policy = { allowedHosts: ["127.0.0.1"], allowPrivateAddresses: true, maxRedirects: 3 };
    expect((await outboundFetch(`http://127.0.0.1:${port}/start`, {}, policy)).status).toBe(200);
    expect(hits).toEqual(["/start", "/end"]);
    await expect(outboundFetch(`http://127.0.0.1:${port}/loop`, {}, policy)).rejects.toThrow(/too many redirects/);
  });
});
