// The shape of the precomputed map data (lib/maps/data/*.json): SVG path strings in a fixed
// viewBox, keyed by the code the counts use. Isomorphic, no geometry library at run time.
export type MapShape = { code: string; name: string; d: string; centre?: [number, number] };
export type ShapeMap = { width: number; height: number; shapes: MapShape[] };

/** A pointy-topped hexagon of circumradius `size` centred on (x, y), as a path. */
export function hexPath(x: number, y: number, size: number): string {
  const h = Math.round(size * 10) / 10;
  const w = Math.round(((Math.sqrt(3) * size) / 2) * 10) / 10;
  return `M${x} ${y - h}l${w} ${h / 2}v${h}l${-w} ${h / 2}l${-w} ${-h / 2}v${-h}z`;
}
