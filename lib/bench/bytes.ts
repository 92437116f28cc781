// What a page costs to download: its HTML and every script it loads (the <script src> tags and the
// module preloads Next adds), each gzipped at level 9 as nginx's gzip_static would serve them, so
// the figures do not depend on how the server under test compresses.
import { gzipSync } from "node:zlib";

export type PageBytes = { html: number; htmlGzip: number; js: number; jsGzip: number; scripts: number; rscPayload: number };

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** The script addresses a document loads, in order, without duplicates. */
export function scriptsOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\bas="script"/.test(tag)) found.add(href);
    else if (href && tag.includes('rel="modulepreload"')) found.add(href);
  }
  return [...found].map((s) => s.replaceAll("&amp;", "&"));
}

/** The bytes of the inline React Server Components payload (self.__next_f.push chunks). */
export function rscPayloadBytes(html: string): number {
  let n = 0;
  for (const m of html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)) n += Buffer.byteLength(m[1] as string);
  return n;
}

export async function pageBytes(base: string, path: string): Promise<PageBytes> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const html = Buffer.from(await response.arrayBuffer());
  const text = html.toString("utf8");
  const scripts = scriptsOf(text);
  const bodies = await Promise.all(
    scripts.map(async (src) => {
      const r = await fetch(new URL(src, base));
      if (!r.ok) throw new Error(`${src}: ${r.status}`);
      return Buffer.from(await r.arrayBuffer());
    }),
  );
  return {
    html: html.length,
    htmlGzip: gzipSize(html),
    js: bodies.reduce((n, b) => n + b.length, 0),
    jsGzip: bodies.reduce((n, b) => n + gzipSize(b), 0),
    scripts: scripts.length,
    rscPayload: rscPayloadBytes(text),
  };
}
