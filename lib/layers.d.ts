export const LAYERS: string[][];
export function layerOf(folder: string): number;
