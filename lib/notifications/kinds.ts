// Event kinds and channels, isomorphic (forms and emails use them).
import { FOLLOW_EVENT_KINDS } from "@/lib/follows/schemas";

/** Every kind of event: what a topic follow can bring is all of them. */
export const EVENT_KINDS = FOLLOW_EVENT_KINDS.topic;
export const CHANNELS = ["IN_APP", "EMAIL_INSTANT", "EMAIL_DIGEST"] as const;

/** Events older than this when fanned out are recorded (feeds, timelines) but not announced. */
export const ANNOUNCE_WITHIN_DAYS = 7;
