// UK Parliament petitions as a source: petition JSON, list pages (following `links.next`),
// data.parliament.uk tracks and history CSVs named after their petition.
import { ImportError } from "../errors";
import { fetchResource, type FetchSettings } from "../fetch";
import { MAX_PAGES, type SourceAdapter } from "../source-types";
import { UK_SITE, UK_SOURCE } from "./plan";
import { petitionIdFromFileName, readUkHistoryCsv, readUkJson, ukNextPage } from "./read";

export const ukSource: SourceAdapter = {
  source: UK_SOURCE,
  hosts: [new URL(UK_SITE).hostname],

  readFile(file, text, ctx) {
    if (!file.toLowerCase().endsWith(".csv")) return readUkJson(file, text, ctx);
    const id = petitionIdFromFileName(file);
    if (!id) throw new ImportError(file, "(file name)", "name a history file after its petition, e.g. 241584_history.csv");
    return [readUkHistoryCsv(file, text, id)];
  },

  async *fetchUrl(url, settings: FetchSettings, ctx) {
    let next: string | null = url;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const fetched = await fetchResource(next, settings);
      if (fetched.status !== "ok") break;
      yield { url: next, plans: readUkJson(next, fetched.text, { ...ctx, fetchedAt: fetched.fetchedAt }) };
      next = ukNextPage(fetched.text);
    }
  },

  async syncResource(url, settings, conditional) {
    const fetched = await fetchResource(url, settings, conditional);
    if (fetched.status === "not-modified") return { status: "not-modified" };
    const plans = readUkJson(url, fetched.text, { fetchedAt: fetched.fetchedAt });
    // The state is kept for the URL synced, whatever the petition calls itself (an archived copy, say).
    if (plans.length === 1 && plans[0]?.resourceUrl) plans[0].resourceUrl = url;
    return { status: "ok", plans, validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
  },
};
