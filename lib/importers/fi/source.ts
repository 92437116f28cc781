// kansalaisaloite.fi as a source: one initiative (with its supports-by-date series), the list
// (paged with offset and limit, at most 50 a page) and supports-by-date files.
import { fetchResource, FetchError, type FetchSettings } from "../fetch";
import type { ImportPlan } from "../plan";
import { MAX_PAGES, type SourceAdapter } from "../source-types";
import { FI_SITE, FI_SOURCE, fiSupportsUrl } from "./plan";
import { readFiJson } from "./read";

const ONE = /\/api\/v1\/initiatives\/(\d+)\/?$/;
const SUPPORTS = /\/api\/v1\/supports-by-date\/(\d+)\/?$/;
const PAGE_LIMIT = 50;

/** An initiative and its daily series, from the same site; the series is optional (it is rebuilt nightly). */
async function initiativeWithSeries(
  url: string,
  n: string,
  text: string,
  fetchedAt: Date,
  settings: FetchSettings,
  omitPersonalData?: boolean,
) {
  const plans: ImportPlan[] = readFiJson(url, text, { fetchedAt, omitPersonalData });
  const seriesUrl = new URL(new URL(fiSupportsUrl(n)).pathname, url).toString();
  try {
    const series = await fetchResource(seriesUrl, settings);
    if (series.status === "ok") plans.push(...readFiJson(seriesUrl, series.text, { fetchedAt: series.fetchedAt, initiativeNumber: n }));
  } catch (e) {
    if (!(e instanceof FetchError)) throw e;
    plans[0]?.warnings.push(`the daily series was not fetched: ${e.message}`);
  }
  return plans;
}

export const fiSource: SourceAdapter = {
  source: FI_SOURCE,
  hosts: [new URL(FI_SITE).hostname, new URL(FI_SITE).hostname.replace(/^www\./, "")],

  readFile(file, text, ctx) {
    return readFiJson(file, text, ctx);
  },

  async *fetchUrl(url, settings, ctx) {
    const path = new URL(url).pathname;
    const one = path.match(ONE);
    const supports = path.match(SUPPORTS);
    if (one || supports) {
      const fetched = await fetchResource(url, settings);
      if (fetched.status !== "ok") return;
      const plans = one
        ? await initiativeWithSeries(url, one[1] as string, fetched.text, fetched.fetchedAt, settings, ctx.omitPersonalData)
        : readFiJson(url, fetched.text, { fetchedAt: fetched.fetchedAt, initiativeNumber: supports?.[1] });
      yield { url, plans };
      return;
    }
    const u = new URL(url);
    const limit = Math.min(Number(u.searchParams.get("limit") ?? PAGE_LIMIT) || PAGE_LIMIT, PAGE_LIMIT);
    let offset = Number(u.searchParams.get("offset") ?? 0) || 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      u.searchParams.set("offset", String(offset));
      u.searchParams.set("limit", String(limit));
      const fetched = await fetchResource(u.toString(), settings);
      if (fetched.status !== "ok") return;
      const plans = readFiJson(u.toString(), fetched.text, { ...ctx, fetchedAt: fetched.fetchedAt });
      yield { url: u.toString(), plans };
      if (plans.length < limit) return;
      offset += limit;
    }
  },

  async syncResource(url, settings, conditional) {
    const fetched = await fetchResource(url, settings, conditional);
    if (fetched.status === "not-modified") return { status: "not-modified" };
    const n = new URL(url).pathname.match(ONE)?.[1];
    const plans = n
      ? await initiativeWithSeries(url, n, fetched.text, fetched.fetchedAt, settings)
      : readFiJson(url, fetched.text, { fetchedAt: fetched.fetchedAt });
    if (plans[0]?.resourceUrl) plans[0].resourceUrl = url;
    return { status: "ok", plans, validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
  },
};
