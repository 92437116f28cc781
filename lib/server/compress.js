// Response compression and validators for npm start's server, in place of Next's own (next.config.js
// turns both off). Next compresses every answer anew, also a page it serves whole from its cache,
// and hashes each such page in JavaScript for its ETag: on a viral day that was most of the work of
// serving a status page (gzip 29 % of the CPU, 35 % with its stream callbacks, the ETag hash 9 %;
// profiled under wrk on 2 December 2026).
//
// Here an answer Next sends whole from its cache (it marks those with x-nextjs-cache), and a build
// file (immutable), gets a weak ETag (unless it has one) from a native hash of its bytes (If-None-Match answers 304), and is compressed once per
// distinct body and encoding, with more effort than a stream could afford, into a bounded LRU. Every
// other answer, a streamed page above all, is compressed as it streams by the `compression`
// middleware (the one Next uses).
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import compressible from "compressible";
import compression from "compression";
import fresh from "fresh";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";
import vary from "vary";

/** Below this size compression costs more than it saves (compression's own default). */
const THRESHOLD = 1024;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;
const ENCODE = {
  br: (body) =>
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipSync(body, { level: 9 }),
};

/** How a whole answer to this request may be encoded ("br", "gzip" or null for as it is). */
function negotiate(req) {
  if (!req.headers["accept-encoding"]) return null;
  const method = new Negotiator(req).encoding(["br", "gzip", "identity"], ["br", "gzip"]);
  return method === "br" || method === "gzip" ? method : null;
}

/** Whether the answer, as its headers stand, is a whole body from Next's cache or a build file. */
function whole(res, status) {
  if (status !== 200 || res.getHeader("content-encoding")) return false;
  return Boolean(res.getHeader("x-nextjs-cache")) || /\bimmutable\b/.test(String(res.getHeader("cache-control") ?? ""));
}

function compressibleAnswer(res) {
  return (
    compressible(String(res.getHeader("content-type") ?? "")) === true && !NO_TRANSFORM.test(String(res.getHeader("cache-control") ?? ""))
  );
}

/** Moves headers given to writeHead onto the response, so they can be read and changed before sending. */
function adoptHeaders(res, rest) {
  const headers = rest.find((a) => a && typeof a === "object");
  if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
  else if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return rest.filter((a) => typeof a === "string");
}

function toBuffer(chunk, encoding) {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
}

/**
 * Returns a function that prepares one response: call it before handing (req, res) to Next.
 * `maxBytes` bounds the compressed bodies kept.
 */
export function compressResponses({ maxBytes = 64 * 1024 * 1024 } = {}) {
  const streaming = compression({ threshold: THRESHOLD });
  const kept = new LRUCache({ maxSize: maxBytes, sizeCalculation: (b) => Math.max(1, b.length) });
  const noop = () => undefined;

  function encoded(method, body, res, etag) {
    const key = `${method} ${res.getHeader("content-type")} ${etag}`;
    let bytes = kept.get(key);
    if (!bytes) {
      bytes = ENCODE[method](body);
      kept.set(key, bytes);
    }
    return bytes;
  }

  return function prepare(req, res) {
    const raw = { writeHead: res.writeHead, end: res.end };
    streaming(req, res, noop);
    // HEAD passes: Next sends no body to hash or to measure.
    if (req.method !== "GET") return;
    const streamed = { writeHead: res.writeHead, write: res.write, end: res.end };
    let mode = null; // "whole" or "stream", decided when the headers are
    let statusMessage = [];
    const chunks = [];

    res.writeHead = function (status, ...rest) {
      if (mode === "whole") return this;
      if (mode === null && whole(this, status)) {
        mode = "whole";
        statusMessage = adoptHeaders(this, rest);
        this.statusCode = status;
        return this;
      }
      mode = "stream";
      return streamed.writeHead.call(this, status, ...rest);
    };
    res.write = function (chunk, encoding, callback) {
      if (mode === null) this.writeHead(this.statusCode);
      if (mode !== "whole") return streamed.write.call(this, chunk, encoding, callback);
      if (chunk != null) chunks.push(toBuffer(chunk, encoding));
      [encoding, callback].find((a) => typeof a === "function")?.();
      return true;
    };
    res.end = function (chunk, encoding, callback) {
      if (mode === null) this.writeHead(this.statusCode);
      if (mode !== "whole") return streamed.end.call(this, chunk, encoding, callback);
      const done = [chunk, encoding, callback].find((a) => typeof a === "function");
      if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
      const body = Buffer.concat(chunks);
      // Weak: the same validator for every encoding of these bytes.
      const etag = this.getHeader("etag") ?? `W/"${createHash("sha1").update(body).digest("base64url")}"`;
      this.setHeader("ETag", etag);
      const compress = compressibleAnswer(this);
      if (compress) vary(this, "Accept-Encoding");
      if (fresh(req.headers, { etag, "last-modified": this.getHeader("last-modified") })) {
        for (const name of ["content-type", "content-length"]) this.removeHeader(name);
        raw.writeHead.call(this, 304);
        return raw.end.call(this, done);
      }
      const method = compress && body.length >= THRESHOLD ? negotiate(req) : null;
      let sent = body;
      if (method) {
        const bytes = encoded(method, body, this, etag);
        if (bytes.length < body.length) {
          sent = bytes;
          this.setHeader("Content-Encoding", method);
        }
      }
      this.setHeader("Content-Length", String(sent.length));
      raw.writeHead.call(this, this.statusCode, ...statusMessage);
      return raw.end.call(this, sent, done);
    };
  };
}
