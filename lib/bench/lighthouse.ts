// Lighthouse (the npm package, its default mobile configuration with simulated throttling) on
// Debian's Chromium: the four category scores of one page, and what failed in best practices.
import type { BenchContext } from "./context";

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  failedBestPractices: string[];
  /** What the performance score is made of, as Lighthouse shows it (e.g. "1.2 s", "150 ms"). */
  metrics: Record<"fcp" | "lcp" | "tbt" | "cls" | "si", string>;
};

const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index",
} as const;

const percent = (score: number | null | undefined) => Math.round((score ?? 0) * 100);

export async function lighthouseScores(ctx: BenchContext, url: string): Promise<LighthouseScores> {
  const { default: lighthouse } = await import("lighthouse");
  const { launch } = await import("chrome-launcher");
  const chrome = await launch({
    chromePath: ctx.tools.chromium ?? undefined,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const failed = (categories["best-practices"]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    return {
      performance: percent(categories.performance?.score),
      accessibility: percent(categories.accessibility?.score),
      bestPractices: percent(categories["best-practices"]?.score),
      seo: percent(categories.seo?.score),
      failedBestPractices: failed,
      metrics: Object.fromEntries(
        Object.entries(METRICS).map(([key, id]) => [key, audits[id]?.displayValue ?? "?"]),
      ) as LighthouseScores["metrics"],
    };
  } finally {
    chrome.kill();
  }
}
