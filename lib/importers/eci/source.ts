// The European Citizens' Initiative register as a source: details resources, the search index
// (each entry's details are fetched, politely paced) and the per-country snapshot files.
import { parseJsonText, parseWith } from "../errors";
import { fetchResource } from "../fetch";
import { MAX_PAGES, type SourceAdapter } from "../source-types";
import { ECI_API, ECI_SOURCE, eciDetailsUrl } from "./plan";
import { readEciJson } from "./read";
import { ZEciSearchPage } from "./schemas";

const SEARCH = /\/search\/([A-Z]+)\/([A-Z]{2})\/(\d+)\/(\d+)\/?$/;

export const eciSource: SourceAdapter = {
  source: ECI_SOURCE,
  hosts: [new URL(ECI_API).hostname],

  readFile(file, text, ctx) {
    return readEciJson(file, text, ctx);
  },

  async *fetchUrl(url, settings, ctx) {
    const search = new URL(url).pathname.match(SEARCH);
    if (!search) {
      const fetched = await fetchResource(url, settings);
      if (fetched.status === "ok") yield { url, plans: readEciJson(url, fetched.text, { ...ctx, fetchedAt: fetched.fetchedAt }) };
      return;
    }
    const [, filter, language, start, size] = search as unknown as [string, string, string, string, string];
    let offset = Number(start);
    for (let page = 0; page < MAX_PAGES; page++) {
      const u = new URL(url);
      u.pathname = u.pathname.replace(SEARCH, `/search/${filter}/${language}/${offset}/${size}`);
      const pageUrl = u.toString();
      const fetched = await fetchResource(pageUrl, settings);
      if (fetched.status !== "ok") return;
      const index = parseWith(pageUrl, ZEciSearchPage, parseJsonText(pageUrl, fetched.text));
      for (const entry of index.entries) {
        if ((entry.status ?? "").toUpperCase() === "REJECTED") continue; // never registered
        // From the same site as the index (the register, or a mirror).
        const detailsUrl = new URL(new URL(eciDetailsUrl(entry.year, entry.number)).pathname, url).toString();
        const details = await fetchResource(detailsUrl, settings);
        if (details.status === "ok")
          yield { url: detailsUrl, plans: readEciJson(detailsUrl, details.text, { ...ctx, fetchedAt: details.fetchedAt }) };
      }
      offset += index.entries.length;
      // Size 0 asks for everything at once.
      if (Number(size) === 0 || index.entries.length === 0 || offset >= (index.recordsFound ?? 0)) return;
    }
  },

  async syncResource(url, settings, conditional) {
    const fetched = await fetchResource(url, settings, conditional);
    if (fetched.status === "not-modified") return { status: "not-modified" };
    const plans = readEciJson(url, fetched.text, { fetchedAt: fetched.fetchedAt });
    if (plans.length === 1 && plans[0]?.resourceUrl) plans[0].resourceUrl = url;
    return { status: "ok", plans, validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
  },
};
