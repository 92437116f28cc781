// npm start's compression (lib/server/compress.js) against a real HTTP server whose handler answers
// as Next does: whole from its cache (x-nextjs-cache), or streamed in pieces.
import { once } from "node:events";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressResponses } from "./compress.js";

const PAGE = `<!DOCTYPE html><html><body>${"<p>Signatures so far: 50,200</p>".repeat(200)}</body></html>`;
let server: Server;
let base = "";

beforeAll(async () => {
  const prepare = compressResponses();
  server = createServer((req, res) => {
    prepare(req, res);
    const path = req.url ?? "/";
    if (path === "/cached" || path === "/cached-no-transform" || path === "/small") {
      res.setHeader("x-nextjs-cache", "HIT");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      if (path === "/cached-no-transform") res.setHeader("Cache-Control", "public, no-transform");
      res.end(path === "/small" ? "<p>tiny</p>" : PAGE);
    } else if (path === "/streamed") {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.write(PAGE.slice(0, 3000));
      setImmediate(() => res.end(PAGE.slice(3000)));
    } else if (path === "/image") {
      res.setHeader("x-nextjs-cache", "HIT");
      res.setHeader("Content-Type", "image/png");
      res.end(Buffer.alloc(4096, 7));
    } else {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not here ".repeat(200));
    }
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("a whole answer from the cache", () => {
  it("is sent gzip with its length, a weak ETag and Vary, and the same bytes each time", async () => {
    const a = await get("/cached", { "accept-encoding": "gzip" });
    const b = await get("/cached", { "accept-encoding": "gzip" });
    expect(a.status).toBe(200);
    expect(a.headers).toMatchObject({ "content-encoding": "gzip", vary: "Accept-Encoding", "content-length": String(a.body.length) });
    expect(a.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(gunzipSync(a.body).toString()).toBe(PAGE);
    expect(b.body.equals(a.body)).toBe(true);
    expect(b.headers.etag).toBe(a.headers.etag);
  });

  it("is sent brotli to a client that prefers it, and as it is to one that asks for no encoding", async () => {
    const br = await get("/cached", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    const plain = await get("/cached");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    expect(plain.headers.etag).toBe(br.headers.etag);
  });

  it("answers 304 without a body to a client that holds the same version", async () => {
    const first = await get("/cached", { "accept-encoding": "gzip" });
    const again = await get("/cached", { "accept-encoding": "gzip", "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    const other = await get("/cached", { "accept-encoding": "gzip", "if-none-match": 'W/"another-version"' });
    expect(other.status).toBe(200);
  });

  it("is left as it is when small, not compressible, or marked no-transform", async () => {
    const small = await get("/small", { "accept-encoding": "gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString()).toBe("<p>tiny</p>");
    const image = await get("/image", { "accept-encoding": "gzip" });
    expect(image.headers["content-encoding"]).toBeUndefined();
    expect(image.body.length).toBe(4096);
    const kept = await get("/cached-no-transform", { "accept-encoding": "gzip" });
    expect(kept.headers["content-encoding"]).toBeUndefined();
    expect(kept.body.toString()).toBe(PAGE);
  });
});

describe("any other answer", () => {
  it("is compressed as it streams, without a length known in advance", async () => {
    const r = await get("/streamed", { "accept-encoding": "gzip" });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.headers["transfer-encoding"]).toBe("chunked");
    expect(gunzipSync(r.body).toString()).toBe(PAGE);
  });

  it("keeps its status and headers", async () => {
    const r = await get("/missing", { "accept-encoding": "gzip" });
    expect(r.status).toBe(404);
    expect(r.headers["content-type"]).toBe("text/plain");
    expect(gunzipSync(r.body).toString()).toBe("not here ".repeat(200));
  });

  it("HEAD passes untouched", async () => {
    const r = await get("/cached", { "accept-encoding": "gzip" }, "HEAD");
    expect(r.status).toBe(200);
    expect(r.body.length).toBe(0);
  });
});
