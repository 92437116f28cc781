// The scale part's figures against the targets of issue 11, point 4, each with pass or fail, and
// the part's Markdown section (lib/bench/report.ts prints it under "scale").
import type { Explained } from "./explain";
import { checksMarkdown, type Check } from "./report";

export const SCALE_TARGETS = { queryMs: 5, listP95Ms: 150, bigSeriesMs: 100 };

export type ScaleFigures = {
  dataSet: {
    initiatives: number;
    observations: number;
    big: number;
    loadSeconds: number | null;
    reused: { name: string; loadedAt: string } | null;
  };
  queries: Record<string, Explained>;
  listPageUncached: {
    requests: number;
    perSecond: number;
    p50: number;
    p95: number;
    p99: number;
    non2xx: number;
    errors: number;
    warmupSeconds: number;
  };
  bigSeries: {
    statusRead: Explained;
    countsRead: Explained;
    statusPageFirstRenderMs: number;
    smallStatusPageFirstRenderMs: number;
    countsApiFirstMs: number;
    countsApiSecondUncachedMs: number;
  };
  loadAverage: number[];
  cpuCheckMs: number;
  seconds: number;
};

const ms = (v: number) => `${v} ms`;

export function scaleChecks(f: ScaleFigures): Check[] {
  const t = SCALE_TARGETS;
  const out: Check[] = Object.entries(f.queries).map(([name, q]) => ({
    what: `${name}: database time`,
    value: ms(q.executionMs),
    target: `≤ ${ms(t.queryMs)}`,
    pass: q.executionMs <= t.queryMs,
  }));
  const list = f.listPageUncached;
  out.push(
    { what: "uncached list page p95, 10 connections", value: ms(list.p95), target: `≤ ${ms(t.listP95Ms)}`, pass: list.p95 <= t.listP95Ms },
    {
      what: "uncached list page errors and non-2xx",
      value: String(list.errors + list.non2xx),
      target: "0",
      pass: list.errors + list.non2xx === 0,
    },
  );
  const big = f.bigSeries;
  out.push(
    {
      what: "1,000,000-observation status page, first render",
      value: ms(big.statusPageFirstRenderMs),
      target: `≤ ${ms(t.bigSeriesMs)}`,
      pass: big.statusPageFirstRenderMs <= t.bigSeriesMs,
    },
    {
      what: "its counts API by day, first answer",
      value: ms(big.countsApiFirstMs),
      target: `≤ ${ms(t.bigSeriesMs)}`,
      pass: big.countsApiFirstMs <= t.bigSeriesMs,
    },
  );
  return out;
}

export function scaleMarkdown(f: ScaleFigures, checks: Check[]): string {
  const d = f.dataSet;
  const set = d.reused ? `reused ${d.reused.name}, loaded ${d.reused.loadedAt}` : `loaded in this run in ${d.loadSeconds} s`;
  const list = f.listPageUncached;
  return [
    `${d.initiatives.toLocaleString("en-GB")} initiatives, ${d.observations.toLocaleString("en-GB")} observations (one initiative with ${d.big.toLocaleString("en-GB")}); ${set}. Load average ${f.loadAverage.join(" ")} at the end; ${f.seconds} s.`,
    "",
    checksMarkdown(checks),
    "",
    `Uncached list page (measured for 10 s after ${list.warmupSeconds} s of the same load): ${list.requests} requests, ${list.perSecond} req/s, p50 ${list.p50} ms, p99 ${list.p99} ms. ` +
      `Status page of a small initiative, first render (after 30 others): ${f.bigSeries.smallStatusPageFirstRenderMs} ms; ` +
      `the long series' reads: status ${f.bigSeries.statusRead.executionMs} ms and counts by day ${f.bigSeries.countsRead.executionMs} ms of database time; ` +
      `its counts API uncached a second time: ${f.bigSeries.countsApiSecondUncachedMs} ms. ` +
      `Machine check (the same fixed loop of JavaScript every run, to compare runs and machines: these targets are absolute): ${f.cpuCheckMs} ms.`,
  ].join("\n");
}
