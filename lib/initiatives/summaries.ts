import "server-only";
// Initiative summaries (the cards of lists, the home page, follows and topics) in one statement:
// a list page renders twenty of them per request when it is not cached, so this read is on the
// hot path of every search and later page. Rules are shared by thousands of initiatives (a copy
// per initiative, ~4.5 kB each), so their validated form is kept per text instead of parsed anew.
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseRules, type TRules } from "@/lib/rules/schemas";
import type { TInitiativeSummary } from "./dto";
import { toSummary, type SummaryRow } from "./to-dto";

/** A row of summaryColumns. */
export type SummaryRowSql = Omit<SummaryRow, "scheme" | "jurisdiction" | "responses" | "rules"> & {
  id: string;
  rules: string;
  schemeCode: string;
  schemeName: unknown;
  jurisdictionCode: string;
  jurisdictionName: unknown;
  lastResponseAt: Date | null;
};

// Keyed by the rules' JSON text: equal texts are equal rules, and a text is a few kilobytes.
const parsedRules = new LRUCache<string, TRules>({ max: 500 });

function rulesOf(text: string): TRules {
  let rules = parsedRules.get(text);
  if (!rules) {
    rules = parseRules(JSON.parse(text));
    parsedRules.set(text, rules);
  }
  return rules;
}

/**
 * The columns of a summary, for a statement reading "Initiative" as i: joined to its scheme and
 * jurisdiction (summaryJoins), with its topics and latest response in subqueries.
 */
export const summaryColumns = Prisma.sql`i.id, i.slug, i.title, i."primaryLanguage", i.rules::text AS rules, i."currentStage",
  i."currentStageAt", i."latestTotal", i."latestTotalAt", i."latestTotalSource", i."growthPerDay", i."collectionEndsAt",
  i."closedAt", i."withdrawnAt", s.code AS "schemeCode", s.name AS "schemeName", j.code AS "jurisdictionCode",
  j.name AS "jurisdictionName",
  COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.slug)
    FROM "_InitiativeToTopic" it JOIN "Topic" t ON t.id = it."B" WHERE it."A" = i.id), '[]'::json) AS topics,
  (SELECT max(r."respondedAt") FROM "OfficialResponse" r WHERE r."initiativeId" = i.id) AS "lastResponseAt"`;
export const summaryJoins = Prisma.sql`JOIN "Scheme" s ON s.id = i."schemeId" JOIN "Jurisdiction" j ON j.id = i."jurisdictionId"`;

export function toSummaryFromRow(r: SummaryRowSql, now: Date): TInitiativeSummary {
  return toSummary(
    {
      ...r,
      scheme: { code: r.schemeCode, name: r.schemeName },
      jurisdiction: { code: r.jurisdictionCode, name: r.jurisdictionName },
      responses: r.lastResponseAt ? [{ respondedAt: r.lastResponseAt }] : [],
    },
    now,
    rulesOf(r.rules),
  );
}

/** Summaries of these initiatives, in the order of `ids` (ids without an initiative are left out). */
export async function summariesByIds(ids: string[], now: Date): Promise<TInitiativeSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db().$queryRaw<SummaryRowSql[]>`
    SELECT ${summaryColumns} FROM "Initiative" i ${summaryJoins} WHERE i.id = ANY(${ids})`;
  const byId = new Map(rows.map((r) => [r.id, toSummaryFromRow(r, now)]));
  return ids.map((id) => byId.get(id)).filter((s): s is TInitiativeSummary => Boolean(s));
}
