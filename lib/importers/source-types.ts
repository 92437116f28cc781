// What every official source provides to the CLI, the worker and the admin page.
import type { Conditional, FetchSettings } from "./fetch";
import type { ImportPlan, TSource } from "./plan";

export type ReadContext = {
  /** When the data was fetched or captured (from the file name or the file's time when unknown). */
  fetchedAt: Date;
  /** Leave petition creators' and organisers' names out (seed and demo data). */
  omitPersonalData?: boolean;
};

/** One response's worth of plans: applied in one transaction. */
export type FetchedUnit = { url: string; plans: ImportPlan[] };

export type SyncOutcome =
  { status: "not-modified" } | { status: "ok"; plans: ImportPlan[]; validators: { etag: string | null; lastModified: string | null } };

export type SourceAdapter = {
  source: TSource;
  /** The only hosts fetched from (redirects included); IMPORT_EXTRA_HOSTS adds mirrors. */
  hosts: readonly string[];
  /** Plans from a local file. */
  readFile: (file: string, text: string, ctx: ReadContext) => ImportPlan[];
  /** Plans from a URL an operator gave: a resource, or a list whose pages are followed. */
  fetchUrl: (url: string, settings: FetchSettings, ctx: Omit<ReadContext, "fetchedAt">) => AsyncGenerator<FetchedUnit>;
  /** One synced resource, fetched conditionally. */
  syncResource: (url: string, settings: FetchSettings, conditional: Conditional) => Promise<SyncOutcome>;
};

/** A list may not run on forever (a loop in `next` links, say). */
export const MAX_PAGES = 500;
