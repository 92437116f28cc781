// When a synced resource is due again. Pure. After a success: the sync interval. After failures:
// the interval doubled per consecutive failure, capped, so a source that is down is asked less
// and less often instead of every ten minutes.
export type SyncSchedule = { intervalMinutes: number; maxBackoffMinutes: number };

export function nextSyncAt(now: Date, failureCount: number, schedule: SyncSchedule): Date {
  const minutes =
    failureCount <= 0 ? schedule.intervalMinutes : Math.min(schedule.maxBackoffMinutes, schedule.intervalMinutes * 2 ** failureCount);
  return new Date(now.getTime() + minutes * 60_000);
}

/** How long after collection ends an initiative is still synced: responses and debates follow. */
export const SYNC_AFTER_CLOSE_DAYS = 365;
