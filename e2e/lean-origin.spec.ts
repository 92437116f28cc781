// The lean origin (issue 11): lists without a free-text search come from the server cache and a
// count write refreshes them; the live count JSON is a cached response; public pages' scripts
// carry no message dictionaries and no zod; the site has a favicon; cached pages are compressed once
// and carry a validator (lib/server/compress.js).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { systemActor } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { disconnectDb } from "@/lib/db";
import { scriptsOf } from "@/lib/bench/bytes";
import { en, fi, sv } from "@/lib/i18n/messages";

const SLUG = "library-opening-hours-demo";

test.afterAll(async () => {
  await disconnectDb();
});

/** How the server answered a public address: from its cache ("HIT"), rendering it ("MISS"), or per request (null). */
async function cacheState(request: APIRequestContext, path: string): Promise<string | null> {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return response.headers()["x-nextjs-cache"] ?? null;
}

/** The first request renders the page and stores it after answering: poll until the cache answers. */
async function expectCached(request: APIRequestContext, path: string): Promise<void> {
  await expect.poll(() => cacheState(request, path), { message: path, timeout: 5_000, intervals: [50] }).toBe("HIT");
}

test("the list without a query and facet-only lists are served from the cache; a search is rendered per request", async ({ request }) => {
  for (const path of [
    "/initiatives",
    "/initiatives?q=&jurisdiction=fi&stage=",
    "/fi/initiatives?status=open&sort=count",
    "/sv/initiatives",
  ]) {
    await expectCached(request, path);
  }
  // The GET form's empty fields give the same cached page as the bare address.
  const bare = await (await request.get("/initiatives")).text();
  const form = await (await request.get("/initiatives?q=&jurisdiction=&scheme=&stage=&topic=")).text();
  expect(form).toBe(bare);
  for (const path of ["/initiatives?q=library", "/initiatives?jurisdiction=fi&q=library", "/initiatives?limit=5"]) {
    await request.get(path);
    expect(await cacheState(request, path), path).toBeNull();
  }
  const search = await (await request.get("/initiatives?q=library")).text();
  expect(search).toContain("Longer opening hours for public libraries (demo)");
});

test("a count written refreshes the cached list within 1 s, which is cached again afterwards", async ({ request }) => {
  const path = "/initiatives?jurisdiction=fi"; // four initiatives, one page
  await expectCached(request, path);
  const before = (await (await request.get(`/api/v1/initiatives/${SLUG}/count`)).json()) as { value: number };
  const value = before.value + 4_321;
  await recordCounts(systemActor("e2e"), { slug: SLUG }, { observations: [{ value, observedAt: new Date() }] }, { via: "api" });
  const formatted = new Intl.NumberFormat("en-GB").format(value);
  await expect
    .poll(async () => (await (await request.get(path)).text()).includes(formatted), { timeout: 1_000, intervals: [50] })
    .toBe(true);
  await expectCached(request, path);
});

test("the live count JSON is a cached response", async ({ request }) => {
  const path = `/api/v1/initiatives/${SLUG}/count`;
  await expectCached(request, path);
  const response = await request.get(path);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(((await response.json()) as { slug: string }).slug).toBe(SLUG);
  expect((await request.get("/api/v1/initiatives/no-such-initiative/count")).status()).toBe(404);
});

test("public pages load no message dictionaries and no zod", async ({ request }) => {
  // Texts only the dictionaries hold: Finnish and Swedish ones (an English page never shows them)
  // and an English message template with its placeholders (pages show it filled in).
  const markers = [fi.status.chartTable, sv.status.chartTable, fi.meta.tagline, sv.meta.tagline, en.status.chartDescription];
  for (const path of [`/initiatives/${SLUG}`, "/", "/initiatives"]) {
    const scripts = scriptsOf(await (await request.get(path)).text());
    expect(scripts.length, path).toBeGreaterThan(3);
    for (const src of scripts) {
      const js = await (await request.get(src)).text();
      for (const marker of markers) expect(js.includes(marker), `${path}: ${src} holds "${marker}"`).toBe(false);
      expect(/ZodError|\$ZodType/.test(js), `${path}: ${src} holds zod`).toBe(false);
    }
  }
});

test("the site has a favicon and icons", async ({ request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toContain("image/x-icon");
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  const html = await (await request.get("/")).text();
  expect(html).toMatch(/<link rel="icon" href="\/icon\.svg[^"]*"/);
  expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon\.png[^"]*"/);
});

test("a cached page is sent compressed with a validator, and a client holding it gets 304; build files are immutable", async ({
  request,
}) => {
  const path = `/initiatives/${SLUG}`;
  await expectCached(request, path);
  const gzip = await request.get(path, { headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers()).toMatchObject({ "content-encoding": "gzip", "x-nextjs-cache": "HIT" });
  const etag = gzip.headers().etag ?? "";
  expect(etag).toMatch(/^W\/".+"$/);
  expect(await gzip.text()).toContain("</html>");
  const brotli = await request.get(path, { headers: { "accept-encoding": "br, gzip" } });
  expect(brotli.headers()).toMatchObject({ "content-encoding": "br", etag });
  const again = await request.get(path, { headers: { "accept-encoding": "gzip", "if-none-match": etag } });
  expect(again.status()).toBe(304);

  const [script] = scriptsOf(await gzip.text());
  const file = await request.get(script ?? "", { headers: { "accept-encoding": "gzip" } });
  expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(file.headers()["content-encoding"]).toBe("gzip");
});
