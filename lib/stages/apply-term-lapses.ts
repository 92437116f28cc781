import "server-only";
// Initiatives still pending in a legislature when its electoral term ends lapse (Finland's
// Parliament). The worker runs this daily; it records the "lapsed" stage, dated at the term's end,
// through the ordinary stage command, for every initiative whose rules allow it.
import { db } from "@/lib/db";
import type { Actor, RequestContext } from "@/lib/auth/actor";
import { parseRules } from "@/lib/rules/schemas";
import { canTransition } from "@/lib/rules/stages";
import { recordStageEvent } from "./record-stage-event";

export const LAPSED = "lapsed";

export async function applyTermLapses(actor: Actor, ctx: RequestContext, now = new Date()) {
  const initiatives = await db().initiative.findMany({
    where: { withdrawnAt: null, submittedAt: { not: null }, jurisdiction: { electoralTerms: { some: { endsOn: { lt: now } } } } },
    select: { slug: true, rules: true, currentStage: true, submittedAt: true, jurisdiction: { select: { electoralTerms: true } } },
  });
  const lapsed: string[] = [];
  for (const i of initiatives) {
    if (!canTransition(parseRules(i.rules), i.currentStage, LAPSED)) continue;
    const submitted = i.submittedAt as Date;
    const term = i.jurisdiction.electoralTerms.find((t) => t.startsOn <= submitted && submitted <= endOfDay(t.endsOn));
    if (!term || endOfDay(term.endsOn) >= now) continue;
    await recordStageEvent(
      actor,
      { slug: i.slug },
      {
        stage: LAPSED,
        occurredAt: endOfDay(term.endsOn),
        body: {
          en: "The initiative was still pending when the electoral term ended, so it lapsed.",
          fi: "Aloite oli kesken vaalikauden päättyessä, joten se raukesi.",
          sv: "Initiativet var oavgjort när valperioden tog slut och förföll därför.",
        },
      },
      ctx,
      { source: "rule:electoral-term", now },
    );
    lapsed.push(i.slug);
  }
  return { lapsed };
}

function endOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 23, 59, 59, 999));
}
