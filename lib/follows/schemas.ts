// Inputs for following initiatives, topics and jurisdictions.
import { z } from "zod";

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
