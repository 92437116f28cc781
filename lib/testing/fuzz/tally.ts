// What the fuzzing did: cases per endpoint by status class, printed at the end; with FUZZ_DEBUG=1
// also the commonest answers of each endpoint (to see what the generated inputs reach).
const summary = new Map<string, { cases: number; byClass: Record<string, number> }>();

export function report(seed: number): void {
  const rows = [...summary.entries()].map(([key, s]) => ({ key, ...s }));
  const total = rows.reduce((n, r) => n + r.cases, 0);
  const line = (r: (typeof rows)[number]) =>
    `${String(r.cases).padStart(6)}  ${["2xx", "3xx", "4xx", "5xx"].map((c) => `${c} ${String(r.byClass[c] ?? 0).padStart(5)}`).join("  ")}  ${r.key}`;
  for (const [key, m] of reasons)
    console.log(
      `${key}\n${[...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([r, n]) => `  ${n} × ${r}`)
        .join("\n")}`,
    );
  console.log([`Fuzzing (seed ${seed}): ${total} cases over ${rows.length} endpoints`, ...rows.map(line)].join("\n"));
}

const reasons = new Map<string, Map<string, number>>();
export function note(key: string, status: number, text: string) {
  if (!process.env.FUZZ_DEBUG) return;
  const m = reasons.get(key) ?? new Map<string, number>();
  const reason = `${status} ${text
    .replace(/"message":"[^"]*"/g, "")
    .replace(/[0-9a-f-]{36}/g, "#")
    .slice(0, 160)}`;
  m.set(reason, (m.get(reason) ?? 0) + 1);
  reasons.set(key, m);
}
export function count(key: string, status: number) {
  const s = summary.get(key) ?? { cases: 0, byClass: {} };
  s.cases++;
  const cls = `${Math.floor(status / 100)}xx`;
  s.byClass[cls] = (s.byClass[cls] ?? 0) + 1;
  summary.set(key, s);
}
