import "server-only";
// The synthetic scale set: many initiatives and count observations of invented data, loaded with
// COPY for measuring queries at size (issue 11, point 4). Everything in it is labelled: titles say
// "Synthetic", externalSource and every observation's source are "synthetic" (shown as "synthetic
// data"). Deterministic for a given seed. Indexes and foreign keys of the two big tables are
// dropped during the load and restored (then VACUUM ANALYZE) before it returns, even when it fails.
import pg from "pg";
import { evaluateProgress } from "@/lib/rules/progress";
import { parseRuleDefinition } from "@/lib/rules/definition";
import { resolveRules, type TRules } from "@/lib/rules/schemas";
import { DAY_MS, growthPerDaySorted, type SeriesPoint } from "@/lib/series/growth";
import { mulberry32 } from "./demo-series";
import { cell, copyRows, dropSecondary, restore, ts, utcStamper } from "./synthetic-copy";
import { zipfWord } from "./synthetic-words";

export const SYNTHETIC_SOURCE = "synthetic";
/** The initiative with the long series (one million observations by default). */
export const SYNTHETIC_BIG_SLUG = "synthetic-long-series";

export type SyntheticOptions = {
  initiatives?: number; // default 100,000
  observations?: number; // default 10,000,000, including the big series
  bigSeries?: number; // default 1,000,000
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
};

export type SyntheticResult = { initiatives: number; observations: number; bigSlug: string; seconds: Record<string, number> };

type Scheme = { id: string; code: string; jurisdictionId: string; ruleSetId: string; rules: TRules; rulesJson: string };

async function schemes(client: pg.Client): Promise<Scheme[]> {
  const { rows } = await client.query<{
    id: string;
    code: string;
    jurisdictionId: string;
    population: number | null;
    ruleSetId: string;
    definition: unknown;
  }>(`
    SELECT s.id, s.code, j.id AS "jurisdictionId", coalesce(j.electorate, j.population) AS population, r.id AS "ruleSetId", r.definition
    FROM "Scheme" s
    JOIN LATERAL (SELECT id, definition FROM "RuleSet" WHERE "schemeId" = s.id ORDER BY version DESC LIMIT 1) r ON true
    JOIN "Jurisdiction" j ON j.id = s."jurisdictionId" OR (j."parentId" = s."jurisdictionId" AND j.population IS NOT NULL)
    ORDER BY s.code, j.code`);
  const out: Scheme[] = [];
  for (const row of rows) {
    try {
      const rules = resolveRules(parseRuleDefinition(row.definition), row.population);
      out.push({
        id: row.id,
        code: row.code,
        jurisdictionId: row.jurisdictionId,
        ruleSetId: row.ruleSetId,
        rules,
        rulesJson: JSON.stringify(rules),
      });
    } catch {
      // a population-based rule on a jurisdiction without a population: not a home for initiatives
    }
  }
  if (out.length === 0) throw new Error("No schemes with rules: seed the rules catalogue first (npm run db:seed).");
  return out;
}

type Planned = {
  id: string;
  slug: string;
  scheme: Scheme;
  openedAt: Date;
  endsAt: Date;
  closedAt: Date | null;
  withdrawnAt: Date | null;
  stage: string;
  observations: number;
  final: number;
  topic: string | null;
};

/** The observations of one initiative: a growing total from its opening to its last day. */
function* series(p: Planned, now: Date, random: () => number): Generator<SeriesPoint> {
  const end = Math.min(now.getTime(), (p.closedAt ?? p.withdrawnAt ?? p.endsAt).getTime());
  const start = p.openedAt.getTime();
  const step = Math.max(1000, Math.floor((end - start) / p.observations));
  // An S-shaped campaign: slow start, a surge, a long tail; plus noise that never decreases the total.
  const surge = 0.2 + random() * 0.6;
  let value = 0;
  for (let i = 0; i < p.observations; i++) {
    const f = (i + 1) / p.observations;
    const shape = 1 / (1 + Math.exp(-12 * (f - surge)));
    const target = Math.round(p.final * shape);
    value = Math.max(value, Math.min(p.final, target + Math.floor(random() * 3)));
    if (i === p.observations - 1) value = p.final;
    yield { at: new Date(start + step * (i + 1)), value };
  }
}

export async function loadSynthetic(databaseUrl: string, options: SyntheticOptions = {}): Promise<SyntheticResult> {
  const initiatives = options.initiatives ?? 100_000;
  const total = options.observations ?? 10_000_000;
  const big = Math.min(options.bigSeries ?? 1_000_000, total);
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const random = mulberry32(options.seed ?? 20261202);
  const seconds: Record<string, number> = {};
  const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    const out = await f();
    seconds[name] = (Date.now() - t) / 1000;
    log(`${name}: ${seconds[name].toFixed(1)} s`);
    return out;
  };

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const homes = await schemes(client);
    const topics = (await client.query<{ id: string }>(`SELECT id FROM "Topic" ORDER BY slug`)).rows.map((r) => r.id);
    const done = await client.query(`SELECT 1 FROM "Initiative" WHERE "externalSource" = $1 LIMIT 1`, [SYNTHETIC_SOURCE]);
    if (done.rowCount) throw new Error("This database already holds the synthetic set.");

    // Plan the initiatives first: the rest of the observations are spread over all but the big one.
    const rest = total - big;
    const weights = Array.from({ length: initiatives }, (_, n) => (n === 0 ? 0 : 0.3 + random() * 1.4));
    const weightSum = weights.reduce((s, w) => s + w, 0);
    let cumulative = 0;
    const plans: Planned[] = [];
    for (let n = 0; n < initiatives; n++) {
      const isBig = n === 0;
      const scheme = (isBig ? (homes.find((h) => h.code === "eci") ?? homes[0]) : homes[n % homes.length]) as Scheme;
      const openedAt = new Date(now.getTime() - (isBig ? 360 : 10 + random() * 1500) * DAY_MS);
      const months = scheme.rules.collection?.months ?? 6;
      const endsAt = new Date(isBig ? now.getTime() + 30 * DAY_MS : openedAt.getTime() + months * 30.44 * DAY_MS);
      const r = random();
      const withdrawnAt = !isBig && r < 0.01 ? new Date(openedAt.getTime() + 5 * DAY_MS) : null;
      const closedAt = !isBig && !withdrawnAt && endsAt < now ? endsAt : null;
      const stages = scheme.rules.stages.filter((s) => s.code !== "withdrawn");
      const stage =
        isBig || !closedAt ? scheme.rules.initialStage : (stages[Math.floor(random() * stages.length)]?.code ?? scheme.rules.initialStage);
      // Cumulative rounding: the shares add up to exactly `rest`.
      const before = Math.floor((rest * cumulative) / weightSum);
      cumulative += weights[n] as number;
      const observations = isBig ? big : Math.floor((rest * cumulative) / weightSum) - before;
      // Heavy-tailed support: most initiatives stay small, a few pass every threshold.
      const final = isBig ? 1_250_000 : Math.floor(10 ** (1 + random() * 5.2));
      plans.push({
        id: `synthetic-${n.toString(36).padStart(5, "0")}`,
        slug: isBig ? SYNTHETIC_BIG_SLUG : `synthetic-${n}`,
        scheme,
        openedAt,
        endsAt,
        closedAt,
        withdrawnAt,
        stage,
        observations,
        final,
        topic: topics.length && n % 10 === 0 ? (topics[(n / 10) % topics.length] as string) : null,
      });
    }

    const dropped = await timed("drop indexes", () => dropSecondary(client));
    try {
      const summaries = new Map<string, { latest: SeriesPoint; growth: number | null }>();
      let observationNo = 0;
      await timed("copy observations", () =>
        copyRows(
          client,
          `COPY "CountObservation" (id, "initiativeId", value, "observedAt", "recordedAt", source) FROM STDIN`,
          (function* () {
            const stamp = utcStamper();
            for (const p of plans) {
              const tail: SeriesPoint[] = [];
              let latest: SeriesPoint | null = null;
              for (const point of series(p, now, random)) {
                const at = stamp(point.at.getTime());
                yield `o${(observationNo++).toString(36).padStart(6, "0")}\t${p.id}\t${point.value}\t${at}\t${at}\t${SYNTHETIC_SOURCE}\n`;
                latest = point;
                tail.push(point);
                if (tail.length > 4000) tail.splice(0, 2000);
              }
              if (latest) summaries.set(p.id, { latest, growth: growthPerDaySorted(tail, 7) });
            }
          })(),
        ),
      );

      await timed("copy initiatives", async () => {
        await copyRows(
          client,
          `COPY "Initiative" (id, slug, "schemeId", "jurisdictionId", "ruleSetId", rules, title, summary, "primaryLanguage",
            "externalSource", "externalId", "registeredAt", "openedAt", "collectionEndsAt", "closedAt", "withdrawnAt",
            "withdrawnReason", "currentStage", "currentStageAt", "latestTotal", "latestTotalAt", "latestTotalSource",
            "growthPerDay", "nextThresholdShare", "updatedAt") FROM STDIN`,
          (function* () {
            for (const [n, p] of plans.entries()) {
              const s = summaries.get(p.id);
              const words = Array.from({ length: 3 }, () => zipfWord(random));
              const progress = s
                ? evaluateProgress(p.scheme.rules, {
                    total: { TOTAL: { value: s.latest.value, observedAt: s.latest.at, source: SYNTHETIC_SOURCE } },
                    byRegion: {},
                  })
                : null;
              const title = JSON.stringify({
                en: `Synthetic initiative ${n}: ${words.join(" ")}`,
                fi: `Synteettinen aloite ${n}: ${words.join(" ")}`,
                sv: `Syntetiskt initiativ ${n}: ${words.join(" ")}`,
              });
              const summary = JSON.stringify({
                en: `Synthetic data for measuring Threshold at scale, not a real initiative. It is about ${words.join(", ")} and ${zipfWord(random)}.`,
              });
              yield [
                p.id,
                p.slug,
                p.scheme.id,
                p.scheme.jurisdictionId,
                p.scheme.ruleSetId,
                p.scheme.rulesJson,
                title,
                summary,
                "en",
                SYNTHETIC_SOURCE,
                String(n),
                ts(p.openedAt),
                ts(p.openedAt),
                ts(p.endsAt),
                ts(p.closedAt),
                ts(p.withdrawnAt),
                p.withdrawnAt ? "Synthetic withdrawal." : null,
                p.stage,
                ts(p.openedAt),
                s?.latest.value ?? null,
                ts(s?.latest.at ?? null),
                s ? SYNTHETIC_SOURCE : null,
                s?.growth ?? null,
                progress ? (progress.next?.share ?? 1) : null,
                ts(now),
              ]
                .map(cell)
                .join("\t")
                .concat("\n");
            }
          })(),
        );
        await copyRows(
          client,
          `COPY "StageEvent" (id, "initiativeId", stage, "occurredAt", source) FROM STDIN`,
          (function* () {
            for (const p of plans) yield `${p.id}-s\t${p.id}\t${p.stage}\t${ts(p.openedAt)}\t${SYNTHETIC_SOURCE}\n`;
          })(),
        );
        await copyRows(
          client,
          `COPY "_InitiativeToTopic" ("A", "B") FROM STDIN`,
          (function* () {
            for (const p of plans) if (p.topic) yield `${p.id}\t${p.topic}\n`;
          })(),
        );
      });
    } finally {
      await timed("restore indexes, vacuum analyze", () => restore(databaseUrl, dropped));
    }
    return { initiatives, observations: total, bigSlug: SYNTHETIC_BIG_SLUG, seconds };
  } finally {
    await client.end();
  }
}
