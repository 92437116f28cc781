export function collectResponseTags<T>(fn: () => T): { result: T; tags: () => string[] };
export function noteResponseTags(tags: Iterable<string> | undefined): void;
export function xkeyHeader(tags: string[]): string | undefined;
