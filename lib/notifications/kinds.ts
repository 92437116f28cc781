// Event kinds and channels, isomorphic (forms and emails use them).
export const EVENT_KINDS = [
  "THRESHOLD_REACHED",
  "STAGE_CHANGED",
  "RESPONSE_PUBLISHED",
  "DEADLINE_7_DAYS",
  "DEADLINE_1_DAY",
  "MILESTONE",
] as const;
export const CHANNELS = ["IN_APP", "EMAIL_INSTANT", "EMAIL_DIGEST"] as const;

/** Events older than this when fanned out are recorded (feeds, timelines) but not announced. */
export const ANNOUNCE_WITHIN_DAYS = 7;
