import "server-only";
// What the comparison page draws: each initiative's cached status, its curve aligned by days since
// opening, the days it took to reach each threshold, and its deadline on the same axis. Reads only
// the cached statuses (no database query per view).
import { cachedInitiativeStatus } from "@/lib/initiatives/public";
import type { TInitiativeStatus } from "@/lib/initiatives/dto";
import { alignByDays, dayReached, daysBetween, type AlignedPoint } from "./align";

export type ComparedInitiative = {
  status: TInitiativeStatus;
  curve: AlignedPoint[];
  deadlineDay: number | null;
  reached: { code: string; target: number; day: number | null }[];
};

export type Comparison = { initiatives: ComparedInitiative[]; missing: string[] };

export async function compareInitiatives(slugs: string[]): Promise<Comparison> {
  const statuses = await Promise.all(slugs.map(async (slug) => ({ slug, status: await cachedInitiativeStatus(slug) })));
  const initiatives: ComparedInitiative[] = [];
  const missing: string[] = [];
  for (const { slug, status } of statuses) {
    if (!status || status.withdrawal) {
      missing.push(slug);
      continue;
    }
    const openedAt = status.keyDates.openedAt ?? status.history.points[0]?.observedAt ?? null;
    const curve = alignByDays(status.history.points, openedAt);
    initiatives.push({
      status,
      curve,
      deadlineDay: daysBetween(openedAt, status.keyDates.collectionEndsAt),
      reached: status.thresholds.map((th) => ({ code: th.code, target: th.target, day: dayReached(curve, th.target) })),
    });
  }
  return { initiatives, missing };
}
