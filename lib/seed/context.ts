import "server-only";
// Shared by the seed modules: who the seed acts as, and small idempotent helpers over the domain
// commands (the seed never writes the database by any other path).
import { db } from "@/lib/db";
import { systemActor, type RequestContext } from "@/lib/auth/actor";
import { recordCounts } from "@/lib/counts/record-counts";
import { registerInitiative } from "@/lib/initiatives/register-initiative";
import type { TRegisterInitiative } from "@/lib/initiatives/schemas";
import { recordStageEvent } from "@/lib/stages/record-stage-event";
import type { TStageEventInput } from "@/lib/stages/schemas";
import { demoSeries, type Anchor } from "./demo-series";

export const seedActor = systemActor("seed");
export const seedCtx: RequestContext = { via: "seed" };

export async function ensureInitiative(input: TRegisterInitiative & { slug: string }) {
  const found = await db().initiative.findUnique({ where: { slug: input.slug }, select: { id: true, slug: true } });
  return found ?? registerInitiative(seedActor, input, seedCtx);
}

export async function ensureStages(slug: string, stages: TStageEventInput[], now: Date) {
  for (const stage of stages) {
    const reached = await db().stageEvent.findFirst({ where: { initiative: { slug }, stage: stage.stage } });
    // A stage with a source is a published fact; one without is a demonstration date.
    if (!reached) await recordStageEvent(seedActor, { slug }, stage, seedCtx, { source: stage.sourceUrl ? "manual" : "demo", now });
  }
}

export const DEMO_NOTE = "Demonstration series: plausible values between known points, not official counts.";

export async function recordDemoSeries(slug: string, anchors: Anchor[], stepHours: number, seed: number) {
  const observations = demoSeries(anchors, stepHours, seed).map((p) => ({
    value: p.value,
    kind: "TOTAL" as const,
    region: "",
    observedAt: p.at,
    note: DEMO_NOTE,
  }));
  return recordCounts(seedActor, { slug }, { observations }, seedCtx, { source: "demo", skipExisting: true });
}
