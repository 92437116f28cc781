export const CACHE_CHANNEL: string;
export function tagBus(): {
  start(): void;
  isStale(tags: string[], timestamp: number): boolean;
  expire(tags: string[]): void;
};
