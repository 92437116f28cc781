// Open data: the JSON API conforms to its own OpenAPI document, CSV/Atom/ICS parse with independent
// parsers, public responses are cacheable by anyone and open to any origin.
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { parse as parseCsv } from "csv-parse/sync";
import ICAL from "ical.js";
import { expectConforms, loadOpenApi } from "./support/openapi";

const SLUG = "ottawa-withdrawal-2024";

test("the OpenAPI document is valid OpenAPI 3.1", async ({ request }) => {
  const { doc } = await loadOpenApi(request);
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/v1/initiatives", "/api/v1/initiatives/{slug}", "/api/v1/initiatives/{slug}/counts"]),
  );
});

test("every read endpoint answers with its documented schema, public caching and CORS", async ({ request }) => {
  const cases: [string, string][] = [
    ["/api/v1/initiatives", "/api/v1/initiatives?q=ottawa&status=all&limit=2"],
    ["/api/v1/initiatives/{slug}", `/api/v1/initiatives/${SLUG}`],
    ["/api/v1/initiatives/{slug}", "/api/v1/initiatives/eci-2025-000006"],
    ["/api/v1/initiatives/{slug}/count", `/api/v1/initiatives/${SLUG}/count`],
    ["/api/v1/initiatives/{slug}/counts", "/api/v1/initiatives/eci-2025-000006/counts?region=*&resolution=day"],
    ["/api/v1/jurisdictions", "/api/v1/jurisdictions"],
    ["/api/v1/topics", "/api/v1/topics"],
  ];
  for (const [documented, url] of cases) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const headers = response.headers();
    expect(headers["cache-control"]).toMatch(/^public, .*s-maxage=\d+.*stale-while-revalidate=\d+.*stale-if-error=\d+/);
    expect(headers["set-cookie"]).toBeUndefined();
    expect(headers["access-control-allow-origin"]).toBe("*");
    await expectConforms(request, "get", documented, 200, await response.json());
  }
});

test("every number in the status carries its time and source", async ({ request }) => {
  const status = (await (await request.get(`/api/v1/initiatives/${SLUG}`)).json()) as {
    latestTotal: { value: number; observedAt: string; source: string };
    thresholds: { target: number; current: number; observedAt: string }[];
  };
  expect(status.latestTotal).toMatchObject({ value: 62_480, source: "demo" });
  expect(Date.parse(status.latestTotal.observedAt)).not.toBeNaN();
  expect(status.thresholds[0]).toMatchObject({ target: 50_000, current: 62_480, observedAt: status.latestTotal.observedAt });
});

test("bad query parameters get 400 with one issue per parameter, unknown initiatives 404", async ({ request }) => {
  const bad = await request.get("/api/v1/initiatives?limit=0&status=maybe&sort=size");
  expect(bad.status()).toBe(400);
  const body = (await bad.json()) as { error: { code: string; issues: { path: string }[] } };
  expect(body.error.code).toBe("BAD_REQUEST");
  expect(body.error.issues.map((i) => i.path).sort()).toEqual(["limit", "sort", "status"]);
  await expectConforms(request, "get", "/api/v1/initiatives", 400, body);
  const counts = await request.get(`/api/v1/initiatives/${SLUG}/counts?resolution=minute&from=yesterday`);
  expect(counts.status()).toBe(400);
  const missing = await request.get("/api/v1/initiatives/no-such-initiative");
  expect(missing.status()).toBe(404);
  await expectConforms(request, "get", "/api/v1/initiatives/{slug}", 404, await missing.json());
});

test("cursor pagination walks every initiative exactly once", async ({ request }) => {
  const seen: string[] = [];
  let cursor: string | null = null;
  let total = 0;
  do {
    const response = await request.get(`/api/v1/initiatives?limit=4${cursor ? `&cursor=${cursor}` : ""}`);
    const page = (await response.json()) as { items: { slug: string }[]; nextCursor: string | null; total: number };
    seen.push(...page.items.map((i) => i.slug));
    cursor = page.nextCursor;
    total = page.total;
  } while (cursor);
  expect(seen).toHaveLength(total);
  expect(new Set(seen).size).toBe(total);
});

test("CSV exports parse, with a header row and every total's time and source", async ({ request }) => {
  const list = await request.get("/api/v1/initiatives.csv?jurisdiction=fi");
  expect(list.headers()["content-type"]).toContain("text/csv");
  const rows = parseCsv<Record<string, string>>(await list.text(), { columns: true });
  const ottawa = rows.find((r) => r.slug === SLUG);
  expect(ottawa).toMatchObject({ latest_total: "62480", latest_total_source: "demo", jurisdiction: "fi", next_threshold: "" });
  const counts = parseCsv<Record<string, string>>(
    await (await request.get("/api/v1/initiatives/eci-2025-000006/counts.csv?region=DE")).text(),
    { columns: true },
  );
  expect(counts.length).toBeGreaterThan(100);
  expect(counts.every((r) => r.region === "DE" && r.kind === "TOTAL" && r.observed_at && r.source === "import:eci")).toBe(true);
});

test("Atom feeds parse with an independent feed parser", async ({ request }) => {
  for (const path of [
    "/feed.atom",
    `/initiatives/${SLUG}/feed.atom`,
    "/topics/ottawa-convention-withdrawal/feed.atom",
    "/jurisdictions/uk/feed.atom",
    "/fi/feed.atom",
  ]) {
    const response = await request.get(path);
    expect(response.headers()["content-type"], path).toContain("application/atom+xml");
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe("atom");
    expect(feed.items.length, path).toBeGreaterThan(0);
    expect(feed.items.every((i) => i.title && i.url && i.updated)).toBe(true);
  }
  const own = parseFeed(await (await request.get(`/initiatives/${SLUG}/feed.atom`)).text());
  expect(own.items.map((i) => i.title)).toContain(
    "Finland to withdraw from the Ottawa Convention (2024 initiative): reached 50,000 signatures",
  );
  expect((await request.get("/topics/no-such-topic/feed.atom")).status()).toBe(404);
});

test("the calendar parses with an independent ICS parser", async ({ request }) => {
  const response = await request.get("/initiatives/library-opening-hours-demo/calendar.ics");
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const deadline = events.find((e) => e.summary.startsWith("Collection closes"));
  expect(deadline?.startDate.toString()).toBe("2026-12-15");
  expect(deadline?.startDate.isDate).toBe(true);
});

test("the badge is an accessible SVG with the count", async ({ request }) => {
  const svg = await (await request.get(`/initiatives/${SLUG}/badge.svg`)).text();
  expect(svg).toContain("<title>Finland to withdraw from the Ottawa Convention (2024 initiative): 62,480 signatures of 50,000</title>");
});
