// The bench's report: every figure beside its reference and target, as Markdown with an SVG bar
// chart (requests per second, log scale), and the acceptance targets of issue 11 checked.
import type { OriginFigures, PageName } from "./origin";

export type Check = { what: string; value: string; target: string; pass: boolean };

const KB = 1000;
/** JavaScript a public page may load beyond the minimal App Router page (gzip). */
export const JS_ALLOWANCE_BYTES = 15 * KB;
/** Fraction of the minimal page's requests per second each origin figure must reach. */
export const RPS_TARGETS: Partial<Record<PageName, number>> = { status: 1 / 4, list: 1 / 4, count: 1 / 2 };

const n = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString("en-GB") : "–");
const kb = (v: number) => `${(v / KB).toFixed(1)} kB`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
const frac = (v: number) => (Number.isFinite(v) ? (v >= 1 ? v.toFixed(2) : `1/${(1 / v).toFixed(1)}`) : "–");

export function checks(o: OriginFigures): Check[] {
  const out: Check[] = [];
  const minimalRps = o.throughput.minimal.threshold.rps;
  for (const [page, target] of Object.entries(RPS_TARGETS) as [PageName, number][]) {
    const r = ratio(o.throughput[page].threshold.rps, minimalRps);
    out.push({ what: `${page} req/s vs minimal page`, value: frac(r), target: `≥ ${frac(target)}`, pass: r >= target });
  }
  for (const [name, t] of Object.entries(o.throughput)) {
    const errors = t.threshold.errors + t.threshold.non2xx;
    out.push({ what: `${name}: errors and non-2xx under load`, value: String(errors), target: "0", pass: errors === 0 });
  }
  for (const page of ["status", "home", "list"] as const) {
    const over = o.bytes[page].jsGzip - o.bytes.minimal.jsGzip;
    out.push({
      what: `${page} JavaScript over minimal (gzip)`,
      value: kb(over),
      target: `≤ ${kb(JS_ALLOWANCE_BYTES)}`,
      pass: over <= JS_ALLOWANCE_BYTES,
    });
  }
  if (!("skipped" in o.lighthouse)) {
    const lh = o.lighthouse;
    for (const page of ["status", "home", "list"] as const) {
      const s = lh[page];
      out.push({
        what: `${page} Lighthouse performance`,
        value: String(s.performance),
        target: `≥ ${lh.minimal.performance - 2} (minimal − 2)`,
        pass: s.performance >= lh.minimal.performance - 2,
      });
      out.push({ what: `${page} Lighthouse best practices`, value: String(s.bestPractices), target: "100", pass: s.bestPractices === 100 });
    }
  }
  return out;
}

/** Horizontal bars, log scale: Threshold, the minimal page and nginx for each page. */
export function throughputSvg(o: OriginFigures): string {
  const rows = Object.entries(o.throughput).flatMap(([page, t]) => [
    {
      label: `${page}: ${page === "minimal" ? "minimal page" : "Threshold"}`,
      value: t.threshold.rps,
      kind: page === "minimal" ? "ref" : "app",
    },
    { label: `${page}: nginx, same bytes`, value: t.nginxSameBytes.rps, kind: "nginx" },
  ]);
  const width = 760;
  const left = 210;
  const bar = 18;
  const gap = 6;
  const top = 28;
  const height = top + rows.length * (bar + gap) + 24;
  const max = Math.max(10, ...rows.map((r) => r.value).filter(Number.isFinite));
  const decades = Math.ceil(Math.log10(max));
  const x = (v: number) => left + ((width - left - 70) * Math.log10(Math.max(1, v))) / decades;
  const colour = { app: "#1d70b8", ref: "#6f777b", nginx: "#b1b4b6" } as const;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const grid = Array.from({ length: decades + 1 }, (_, d) => {
    const gx = x(10 ** d);
    return `<line x1="${gx}" x2="${gx}" y1="${top - 6}" y2="${height - 20}" stroke="#ddd"/><text x="${gx}" y="${height - 6}" text-anchor="middle">${n(10 ** d)}</text>`;
  }).join("");
  const bars = rows
    .map((r, i) => {
      const y = top + i * (bar + gap);
      const v = Number.isFinite(r.value) ? r.value : 0;
      return `<text x="${left - 8}" y="${y + bar * 0.7}" text-anchor="end">${esc(r.label)}</text><rect x="${left}" y="${y}" width="${Math.max(1, x(v) - left)}" height="${bar}" fill="${colour[r.kind as keyof typeof colour]}"/><text x="${x(v) + 4}" y="${y + bar * 0.7}">${n(v)}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif" font-size="12" role="img" aria-label="Requests per second, log scale">
<text x="${left}" y="16" font-weight="bold">Requests per second (gzip, ${"one core"}, log scale)</text>${grid}${bars}</svg>
`;
}

export function originMarkdown(o: OriginFigures, chartFile: string): string {
  const minimalRps = o.throughput.minimal.threshold.rps;
  const lines = [
    "### Throughput (wrk, Accept-Encoding: gzip, server pinned to one core)",
    "",
    `![requests per second](${chartFile})`,
    "",
    "| page | Threshold req/s | p50 / p99 ms | nginx, same bytes | vs nginx | vs minimal page | target |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ...Object.entries(o.throughput).map(([page, t]) => {
      const target = RPS_TARGETS[page as PageName];
      return `| ${page === "minimal" ? "minimal App Router page" : page} | ${n(t.threshold.rps)} | ${t.threshold.p50Ms} / ${t.threshold.p99Ms} | ${n(t.nginxSameBytes.rps)} | ${frac(ratio(t.threshold.rps, t.nginxSameBytes.rps))} | ${page === "minimal" ? "1" : frac(ratio(t.threshold.rps, minimalRps))} | ${target ? `≥ ${frac(target)}` : ""} |`;
    }),
    "",
    "### Bytes per page (every script the page loads, gzip -9)",
    "",
    "| page | HTML | HTML gzip | RSC payload in HTML | scripts | JavaScript gzip | over minimal |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...Object.entries(o.bytes).map(
      ([page, b]) =>
        `| ${page} | ${kb(b.html)} | ${kb(b.htmlGzip)} | ${kb(b.rscPayload)} | ${b.scripts} | ${kb(b.jsGzip)} | ${page === "minimal" ? "" : kb(b.jsGzip - o.bytes.minimal.jsGzip)} |`,
    ),
    "",
    "### Lighthouse (mobile)",
    "",
  ];
  if ("skipped" in o.lighthouse) lines.push(`Skipped: ${String(o.lighthouse.skipped)}`);
  else {
    lines.push(
      "| page | performance | FCP / LCP / TBT / CLS / Speed Index | accessibility | best practices | SEO | best-practice audits failed |",
      "| --- | ---: | --- | ---: | ---: | ---: | --- |",
    );
    for (const [page, s] of Object.entries(o.lighthouse))
      lines.push(
        `| ${page} | ${s.performance} | ${s.metrics ? Object.values(s.metrics).join(" / ") : ""} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${s.failedBestPractices.join(", ")} |`,
      );
  }
  return lines.join("\n");
}

export function checksMarkdown(list: Check[]): string {
  return [
    "| target | measured | wanted | |",
    "| --- | ---: | --- | --- |",
    ...list.map((c) => `| ${c.what} | ${c.value} | ${c.target} | ${c.pass ? "pass" : "**FAIL**"} |`),
  ].join("\n");
}

/** Another part's figures: its own Markdown when it gives some, else its JSON. */
export function partMarkdown(name: string, figures: Record<string, unknown>): string {
  if (typeof figures.markdown === "string") return `## ${name}\n\n${figures.markdown}`;
  return `## ${name}\n\n\`\`\`json\n${JSON.stringify(figures, null, 2)}\n\`\`\``;
}
