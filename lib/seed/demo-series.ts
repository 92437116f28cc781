// Plausible count series for initiatives whose real series is not available: they pass exactly
// through the known points (anchors) and vary smoothly in between. Deterministic (seeded), so a
// re-run of the seed produces the same values and adds nothing. Always stored with source "demo".
export type Anchor = { at: Date; value: number };

/** A small seeded random number generator (mulberry32): the same seed, the same numbers. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Points every `stepHours` between consecutive anchors, non-decreasing, anchors included. */
export function demoSeries(anchors: Anchor[], stepHours: number, seed = 1): Anchor[] {
  const sorted = [...anchors].sort((a, b) => a.at.getTime() - b.at.getTime());
  const random = mulberry32(seed);
  const out: Anchor[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i] as Anchor;
    const to = sorted[i + 1] as Anchor;
    out.push(from);
    const span = to.at.getTime() - from.at.getTime();
    const steps = Math.floor(span / (stepHours * 3_600_000));
    let last = from.value;
    for (let s = 1; s < steps; s++) {
      const f = s / steps;
      // Ease-out within each segment (most signatures arrive early), with a little noise.
      const eased = 1 - (1 - f) ** 1.6;
      const jitter = 1 + (random() - 0.5) * 0.02;
      const value = Math.round(from.value + (to.value - from.value) * Math.min(1, eased * jitter));
      last = Math.min(to.value, Math.max(last, value));
      out.push({ at: new Date(from.at.getTime() + f * span), value: last });
    }
  }
  const end = sorted[sorted.length - 1];
  if (end) out.push(end);
  return out;
}
