import "server-only";
// Listing and full-text search with keyset pagination: pages continue from the last row's sort key
// and id, so page 500 costs the same as page 1 (no OFFSET). Search covers titles and summaries in
// English, Finnish and Swedish (a generated tsvector column, see the init migration).
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import type { TInitiativeList, TInitiativeSummary } from "./dto";
import { summariesByIds, summaryColumns, summaryJoins, toSummaryFromRow, type SummaryRowSql } from "./summaries";
import type { TListQuery } from "./schemas";

type Key = number | string;

/** The list counts its matches up to this many; beyond, it says "more than". */
export const LIST_COUNT_CAP = 1000;
type SortSpec = { key: Prisma.Sql; desc: boolean; cast: "number" | "timestamp" };

function tsQuery(q: string): Prisma.Sql {
  return Prisma.sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('finnish', ${q}) || websearch_to_tsquery('swedish', ${q}) || websearch_to_tsquery('simple', ${q}))`;
}

// Each order reads one generated column (see migration *_list_sort_keys) with an index of its own,
// also under each facet filter, so a page is an index scan that stops after `limit` rows.
function sortSpec(query: TListQuery): SortSpec {
  const sort = query.sort ?? (query.q ? "relevance" : "count");
  switch (sort) {
    case "relevance":
      return query.q
        ? { key: Prisma.sql`ts_rank(i."searchVector", ${tsQuery(query.q)})::float8`, desc: true, cast: "number" }
        : { key: Prisma.sql`i."listCount"`, desc: true, cast: "number" };
    case "count":
      return { key: Prisma.sql`i."listCount"`, desc: true, cast: "number" };
    case "growth":
      return { key: Prisma.sql`i."listGrowth"`, desc: true, cast: "number" };
    case "closing":
      return { key: Prisma.sql`i."listClosing"`, desc: false, cast: "timestamp" };
    case "newest":
      return { key: Prisma.sql`i."listNewest"`, desc: true, cast: "timestamp" };
  }
}

export function encodeCursor(key: Key, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString("base64url");
}

function decodeCursor(cursor: string): [Key, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === "number" || typeof value[0] === "string") &&
      typeof value[1] === "string"
    ) {
      return value as [Key, string];
    }
  } catch {
    // fall through
  }
  throw new AppError("BAD_REQUEST", { issues: [fieldIssue("cursor", "cursor")] });
}

/** What a query matches, whatever its order and page. */
export type ListFilters = Omit<TListQuery, "cursor" | "sort" | "limit">;

function filters(query: ListFilters, now: Date): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (query.q) where.push(Prisma.sql`i."searchVector" @@ ${tsQuery(query.q)}`);
  // Codes resolved once (a subquery returning one id), so the facet's index applies and no join is needed.
  if (query.jurisdiction) where.push(Prisma.sql`i."jurisdictionId" = (SELECT id FROM "Jurisdiction" WHERE code = ${query.jurisdiction})`);
  if (query.scheme) where.push(Prisma.sql`i."schemeId" = (SELECT id FROM "Scheme" WHERE code = ${query.scheme})`);
  if (query.stage) where.push(Prisma.sql`i."currentStage" = ${query.stage}`);
  if (query.topic) {
    where.push(
      Prisma.sql`i.id IN (SELECT it."A" FROM "_InitiativeToTopic" it WHERE it."B" = (SELECT id FROM "Topic" WHERE slug = ${query.topic}))`,
    );
  }
  // "listClosing" is the deadline, or infinity without one: the closing-soon index answers "not yet ended".
  const open = Prisma.sql`(i."withdrawnAt" IS NULL AND i."closedAt" IS NULL AND i."listClosing" > ${now}::timestamp)`;
  if (query.term) {
    // Submitted between the first day of a term with these years and the end of its last day.
    const [from, to] = query.term.split("-").map(Number);
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "ElectoralTerm" t WHERE t."jurisdictionId" = i."jurisdictionId"
      AND extract(year FROM t."startsOn") = ${from} AND extract(year FROM t."endsOn") = ${to}
      AND i."submittedAt" >= t."startsOn" AND i."submittedAt" < t."endsOn" + interval '1 day')`);
  }
  if (query.status === "open") where.push(open);
  if (query.status === "closed") where.push(Prisma.sql`NOT ${open}`);
  return where;
}

/**
 * A search by relevance matching more than LIST_COUNT_CAP initiatives (a word found in a few
 * percent of them all) lists the most supported first: ranking means reading every match, which
 * grows with the data, and such a broad query has no meaningful best match anyway. The page says so.
 */
export function isBroadSearch(query: TListQuery, list: Pick<TInitiativeList, "totalCapped">): boolean {
  return Boolean(query.q) && (query.sort ?? "relevance") === "relevance" && list.totalCapped;
}

const whereOf = (parts: Prisma.Sql[]) => (parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty);

/**
 * How many initiatives match the query's filters and words, counted up to countCap + 1 only (an
 * exact count of 100,000 matches reads them all). The same for every page and order of a query,
 * so it is cached apart from the pages (public.ts).
 */
export async function countInitiatives(query: ListFilters, now = new Date(), countCap = LIST_COUNT_CAP): Promise<number> {
  const base = filters(query, now);
  // A topic alone: its rows in the join table are its initiatives (each row's initiative exists),
  // so they are counted there without visiting the initiatives (2.4 ms against 0.3 for 1,000).
  const topicOnly =
    query.topic && !query.q && !query.jurisdiction && !query.scheme && !query.stage && !query.term && query.status === "all";
  const matches = topicOnly
    ? Prisma.sql`SELECT COUNT(*)::int AS counted FROM (SELECT 1 FROM "_InitiativeToTopic" it
        WHERE it."B" = (SELECT id FROM "Topic" WHERE slug = ${query.topic}) LIMIT ${countCap + 1}) m`
    : // A search's matches come from the full-text index (a materialised CTE is planned without the
      // LIMIT): with it, the planner prefers reading the table in order and testing every row,
      // ~50 ms for a word in 6 % of 100,000 initiatives against ~3 ms.
      query.q
      ? Prisma.sql`WITH m AS MATERIALIZED (SELECT i.id FROM "Initiative" i ${whereOf(base)}) SELECT COUNT(*)::int AS counted FROM (SELECT 1 FROM m LIMIT ${countCap + 1}) c`
      : Prisma.sql`SELECT COUNT(*)::int AS counted FROM (SELECT 1 FROM "Initiative" i ${whereOf(base)} LIMIT ${countCap + 1}) m`;
  const [{ counted }] = (await db().$queryRaw<{ counted: number }[]>`${matches}`) as [{ counted: number }];
  return counted;
}

/**
 * A page of the list. `counted` is countInitiatives' answer for the query when the caller has it
 * (cached per query), otherwise it is counted here. The page and its summaries are one statement:
 * the sort index finds the page's ids, which are then joined to what a card shows.
 */
export async function listInitiatives(
  query: TListQuery,
  now = new Date(),
  countCap = LIST_COUNT_CAP,
  counted?: number,
): Promise<TInitiativeList> {
  const base = filters(query, now);
  counted ??= await countInitiatives(query, now, countCap);
  const totalCapped = counted > countCap;
  const spec = isBroadSearch(query, { totalCapped }) ? sortSpec({ ...query, sort: "count" }) : sortSpec(query);

  const page = [...base];
  if (query.cursor) {
    const [key, id] = decodeCursor(query.cursor);
    const k = spec.cast === "timestamp" ? Prisma.sql`${new Date(String(key))}::timestamp` : Prisma.sql`${Number(key)}::float8`;
    // The plain bound (key <= k) first: it is what the sort index can start its scan at; with the
    // OR alone PostgreSQL reads the index from the top and filters out every row before the cursor
    // (48,000 for a page deep in the list).
    page.push(
      spec.desc
        ? Prisma.sql`${spec.key} <= ${k} AND (${spec.key} < ${k} OR i.id > ${id})`
        : Prisma.sql`${spec.key} >= ${k} AND (${spec.key} > ${k} OR i.id > ${id})`,
    );
  }
  const direction = spec.desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await db().$queryRaw<(SummaryRowSql & { key: Date | number })[]>`
    WITH p AS MATERIALIZED (
      SELECT i.id, ${spec.key} AS key FROM "Initiative" i ${whereOf(page)}
      ORDER BY ${spec.key} ${direction}, i.id ASC
      LIMIT ${query.limit + 1}
    )
    SELECT ${summaryColumns}, p.key FROM p JOIN "Initiative" i ON i.id = p.id ${summaryJoins}
    ORDER BY p.key ${direction}, p.id ASC`;

  const more = rows.length > query.limit;
  const pageRows = rows.slice(0, query.limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((r) => toSummaryFromRow(r, now)),
    nextCursor: more && last ? encodeCursor(last.key instanceof Date ? last.key.toISOString() : Number(last.key), last.id) : null,
    total: Math.min(counted, countCap),
    totalCapped,
  };
}

export type HomeSections = Record<
  "closeToThreshold" | "fastestGrowing" | "recentlyAnswered" | "closingSoon" | "recentlyUpdated",
  TInitiativeSummary[]
>;

export async function homeSections(now = new Date()): Promise<HomeSections> {
  const open: Prisma.InitiativeWhereInput = {
    withdrawnAt: null,
    closedAt: null,
    OR: [{ collectionEndsAt: null }, { collectionEndsAt: { gt: now } }],
  };
  const ids = async (where: Prisma.InitiativeWhereInput, orderBy: Prisma.InitiativeOrderByWithRelationInput[], take = 5) =>
    (await db().initiative.findMany({ where, orderBy, take, select: { id: true } })).map((r) => r.id);
  const answered = await db().officialResponse.findMany({
    where: { initiative: { withdrawnAt: null } },
    orderBy: { respondedAt: "desc" },
    distinct: ["initiativeId"],
    take: 5,
    select: { initiativeId: true },
  });
  const [close, growing, closing, updated] = await Promise.all([
    ids({ ...open, nextThresholdShare: { gte: 0.5, lt: 1 } }, [{ nextThresholdShare: "desc" }, { id: "asc" }]),
    ids({ ...open, growthPerDay: { gt: 0 } }, [{ growthPerDay: "desc" }, { id: "asc" }]),
    ids({ ...open, collectionEndsAt: { gt: now } }, [{ collectionEndsAt: "asc" }, { id: "asc" }]),
    ids({ withdrawnAt: null, latestTotalAt: { not: null } }, [{ latestTotalAt: "desc" }, { id: "asc" }], 6),
  ]);
  const [closeToThreshold, fastestGrowing, recentlyAnswered, closingSoon, recentlyUpdated] = await Promise.all([
    summariesByIds(close, now),
    summariesByIds(growing, now),
    summariesByIds(
      answered.map((a) => a.initiativeId),
      now,
    ),
    summariesByIds(closing, now),
    summariesByIds(updated, now),
  ]);
  return { closeToThreshold, fastestGrowing, recentlyAnswered, closingSoon, recentlyUpdated };
}
