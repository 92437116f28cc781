// Inputs for following initiatives, topics and jurisdictions.
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { EventKind } from "@/lib/generated/prisma/enums";

export const FOLLOW_TARGETS = ["initiative", "topic", "jurisdiction"] as const;
export type TFollowTarget = (typeof FOLLOW_TARGETS)[number];

export const ZFollowInput = z.object({
  target: z.enum(FOLLOW_TARGETS, { message: "Follow an initiative, a topic or a jurisdiction" }),
  id: z
    .string()
    .trim()
    .min(1, "Say what to follow")
    .max(80)
    .regex(/^[a-z0-9-]+$/, "Not a slug or code"),
});
export type TFollowInput = z.infer<typeof ZFollowInput>;

// The kinds of event each kind of follow can bring: a topic's own timeline events come only through
// the topic, and a new initiative is news only to followers of its topics and jurisdiction.
const INITIATIVE_KINDS = [
  "THRESHOLD_REACHED",
  "STAGE_CHANGED",
  "RESPONSE_PUBLISHED",
  "DEADLINE_7_DAYS",
  "DEADLINE_1_DAY",
  "MILESTONE",
] as const;
export const FOLLOW_EVENT_KINDS = {
  initiative: INITIATIVE_KINDS,
  topic: [...INITIATIVE_KINDS, "INITIATIVE_REGISTERED", "TOPIC_EVENT_ADDED"],
  jurisdiction: [...INITIATIVE_KINDS, "INITIATIVE_REGISTERED"],
} as const satisfies Record<TFollowTarget, readonly EventKind[]>;

/** One follow's event kinds; none means "everything my preferences allow". */
export const ZFollowKindsInput = ZFollowInput.extend({
  eventKinds: z.array(z.enum(EventKind, { message: issue("choice") })).max(20),
}).superRefine((input, ctx) => {
  const allowed: readonly EventKind[] = FOLLOW_EVENT_KINDS[input.target];
  input.eventKinds.forEach((kind, i) => {
    if (!allowed.includes(kind)) ctx.addIssue({ code: "custom", path: ["eventKinds", i], message: issue("choice") });
  });
});
export type TFollowKindsInput = z.infer<typeof ZFollowKindsInput>;
