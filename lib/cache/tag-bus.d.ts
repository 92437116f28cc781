export const CACHE_CHANNEL: string;
export function tagBus(): {
  start(): void;
  staleness(tags: string[], timestamp: number): "fresh" | "maybe" | "expired";
  isStale(tags: string[], timestamp: number): boolean;
  expire(tags: string[]): void;
  connected(): void;
};
