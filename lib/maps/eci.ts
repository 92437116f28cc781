// The ECI member-state map: each of the 27 states shaded by its share of its own minimum, so the
// seven-state rule reads at a glance. Pure; the shapes are precomputed (lib/maps/build-data.ts).
import eu from "./data/eu-states.json";
import { NO_DATA, STEPS } from "./scale";
import type { ShapeMap } from "./shapes";

const EU = eu as ShapeMap;

/** Share classes: under a quarter, half, three quarters, the minimum, and reached. */
export const SHARE_STEPS = [
  { from: 0, to: 0.25, colour: STEPS[0] },
  { from: 0.25, to: 0.5, colour: STEPS[1] },
  { from: 0.5, to: 0.75, colour: STEPS[2] },
  { from: 0.75, to: 1, colour: STEPS[3] },
  { from: 1, to: Infinity, colour: STEPS[4] },
] as const;

export type StateProgress = { region: string | null; current: number | null; target: number; share: number; reached: boolean };
export type EciMapState = { code: string; d: string; centre: [number, number] | null; colour: string; progress: StateProgress | null };

export function eciMap(regions: StateProgress[]): { width: number; height: number; states: EciMapState[] } {
  const byCode = new Map(regions.map((r) => [r.region, r]));
  const states = EU.shapes.map((s) => {
    const progress = byCode.get(s.code) ?? null;
    return { code: s.code, d: s.d, centre: s.centre ?? null, progress, colour: shareColour(progress) };
  });
  return { width: EU.width, height: EU.height, states };
}

export function shareColour(p: StateProgress | null): string {
  if (!p || !p.current) return NO_DATA;
  if (p.reached) return STEPS[4];
  return (SHARE_STEPS.find((s) => p.share < s.to) ?? SHARE_STEPS[3]).colour;
}
