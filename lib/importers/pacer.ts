// A polite request rate: at most one request to a host per interval, however many syncs run in
// the process. Slots are reserved synchronously, so concurrent callers queue in order.

export class HostPacer {
  private readonly next = new Map<string, number>();

  constructor(
    readonly intervalMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Resolves when a request to this URL's host may start. */
  async wait(url: string): Promise<void> {
    const host = new URL(url).host;
    const now = this.clock();
    const slot = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, slot + this.intervalMs);
    if (slot > now) await delay(slot - now);
  }
}

export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
