// Colour classes for choropleths: a few steps of one hue (ColorBrewer "Blues", colour-blind safe),
// always shown with a legend and never the only way to read a value (each map has a table).
export const STEPS = ["#deebf7", "#9ecae1", "#4292c6", "#2171b5", "#08306b"] as const;
export const NO_DATA = "#f2f2f2";

export type Step = { from: number; to: number; colour: string };

/** Quantile classes over the positive values: each colour holds about the same number of areas. */
export function quantileSteps(values: number[]): Step[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const bounds = [0, ...STEPS.slice(1).map((_, i) => at((i + 1) / STEPS.length)), sorted[sorted.length - 1] as number];
  const steps: Step[] = [];
  STEPS.forEach((colour, i) => {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    if (to > from || (i === 0 && to > 0)) steps.push({ from, to, colour });
  });
  return steps;
}

/** The colour of a value: the first class whose upper bound holds it. */
export function colourOf(value: number | null, steps: Step[]): string {
  if (value === null || value <= 0 || !steps.length) return NO_DATA;
  return (steps.find((s) => value <= s.to) ?? steps[steps.length - 1])?.colour ?? NO_DATA;
}
