// From stored rows to the full public status of one initiative (dto.ts), built on the summary
// (to-dto.ts). Pure: the rules decide thresholds, ladder and clocks; `now` is passed in.
import type { TLocalized } from "@/lib/i18n/locales";
import { forecastThreshold, FORECAST_WINDOW_DAYS, type DailyPoint } from "@/lib/series/forecast";
import type { Resolution } from "@/lib/series/downsample";
import { evaluateClocks, timeLeft, type ClockState } from "@/lib/rules/deadlines";
import { evaluateProgress, type CountsByKindAndRegion } from "@/lib/rules/progress";
import { parseRules, type TCountKind, type TRules, type TStage } from "@/lib/rules/schemas";
import { findStage, legacyLadder, processView, type PathStep } from "@/lib/rules/stages";
import type { TInitiativeStatus } from "./dto";
import { iso, thresholdOut, toSummary, type SummaryRow } from "./to-dto";

export type StatusRow = Omit<SummaryRow, "responses"> & {
  summary: unknown;
  externalUrl: string | null;
  organisers: unknown;
  registeredAt: Date | null;
  openedAt: Date | null;
  submittedAt: Date | null;
  withdrawnReason: string | null;
  ruleSet: { version: number; effectiveFrom: Date; legalSourceTitle: string; legalSourceUrl: string; note: string | null };
  stageEvents: {
    id: string;
    stage: string;
    occurredAt: Date;
    scheduledFor: Date | null;
    title: unknown;
    body: unknown;
    documents: unknown;
    source: string;
    sourceUrl: string | null;
  }[];
  responses: {
    kind: "GOVERNMENT_RESPONSE" | "DEBATE" | "COMMUNICATION" | "DECISION";
    respondingBody: unknown;
    respondedAt: Date;
    summary: unknown;
    text: unknown;
    links: unknown;
    decision: "ADOPTED" | "PARTIALLY_ADOPTED" | "REJECTED" | "NOTED" | "LAPSED" | null;
    votesFor: number | null;
    votesAgainst: number | null;
    abstentions: number | null;
    absent: number | null;
    source: string;
    sourceUrl: string | null;
    updatedAt: Date;
  }[];
  dataNotes: { code: string; publicNote: string | null; reviewedAt: Date | null; observation: { observedAt: Date } | null }[];
};

export type CountRow = { kind: TCountKind; region: string; value: number; observedAt: Date; source: string; sourceUrl: string | null };

function clockOut(c: ClockState): TInitiativeStatus["clocks"][number] {
  const base = { code: c.clock.code, label: c.clock.label, legalReference: c.clock.legalReference ?? null };
  const none = { startedAt: null, dueAt: null, daysLeft: null, daysOverdue: null, metAt: null, onTime: null, daysLate: null };
  switch (c.status) {
    case "not-started":
      return { ...base, ...none, status: c.status };
    case "running":
      return { ...base, ...none, status: c.status, startedAt: iso(c.startedAt), dueAt: iso(c.dueAt), daysLeft: c.daysLeft };
    case "overdue":
      return { ...base, ...none, status: c.status, startedAt: iso(c.startedAt), dueAt: iso(c.dueAt), daysOverdue: c.daysOverdue };
    case "met":
      return {
        ...base,
        ...none,
        status: c.status,
        startedAt: iso(c.startedAt),
        dueAt: iso(c.dueAt),
        metAt: iso(c.metAt),
        onTime: c.onTime,
        daysLate: c.daysLate,
      };
  }
}

const stageOut = (s: TStage) => ({ code: s.code, label: s.label, description: s.description ?? null, terminal: s.terminal });

function processOut(view: ReturnType<typeof processView>): TInitiativeStatus["process"] {
  return {
    path: view.path.map((p: PathStep) => ({ ...stageOut(p.stage), reachedAt: iso(p.reachedAt), current: p.current, basis: p.basis })),
    next: view.next.map(stageOut),
    outcomes: view.outcomes.map(stageOut),
    outcome: view.outcome?.stage.code ?? null,
  };
}

function processAndLadder(rules: TRules, view: ReturnType<typeof processView>): Pick<TInitiativeStatus, "process" | "ladder"> {
  const ladder = legacyLadder(rules, view).map((l) => ({
    ...stageOut(l.stage),
    reachedAt: iso(l.reachedAt),
    current: l.current,
    skipped: l.skipped,
  }));
  return { process: processOut(view), ladder };
}

export const FORECAST_METHOD =
  `Average daily gain over the last ${FORECAST_WINDOW_DAYS} days, extrapolated in a straight line; ` +
  "the range uses that average plus or minus one standard deviation of the daily gains.";

export function toStatus(
  row: StatusRow,
  counts: {
    byKind: CountRow[];
    byRegion: CountRow[];
    // The headline series as the chart shows it (downsampled by the query) and its last value of
    // each of the most recent days with data, for the forecast.
    history: { resolution: Resolution; points: { observedAt: Date; value: number; source: string }[] };
    daily: DailyPoint[];
  },
  now: Date,
): TInitiativeStatus {
  const rules: TRules = parseRules(row.rules);
  const summary = toSummary(row, now);
  const point = (c: CountRow) => ({ value: c.value, observedAt: c.observedAt, source: c.source });
  const input: CountsByKindAndRegion = {
    total: Object.fromEntries(counts.byKind.map((c) => [c.kind, point(c)])),
    byRegion: Object.fromEntries(counts.byRegion.map((c) => [c.region, point(c)])),
  };
  const progress = evaluateProgress(rules, input);
  const history = row.stageEvents.map((e) => ({ stage: e.stage, occurredAt: e.occurredAt }));
  const dates = {
    registeredAt: row.registeredAt,
    openedAt: row.openedAt,
    collectionEndsAt: row.collectionEndsAt,
    closedAt: row.closedAt,
    submittedAt: row.submittedAt,
  };
  const left = timeLeft(row.collectionEndsAt, now, rules.timeZone);
  const open = summary.open;

  const next = progress.next;
  const f = forecastThreshold({
    daily: counts.daily,
    current: next?.current ?? 0,
    target: next?.threshold.target ?? null,
    deadline: row.collectionEndsAt,
    now,
    open,
  });
  const forecast: TInitiativeStatus["forecast"] = {
    status: next ? f.status : "none",
    threshold: next?.threshold.code ?? null,
    perDay: "perDay" in f ? f.perDay : null,
    remaining: f.status === "estimate" ? f.remaining : null,
    expected: f.status === "estimate" ? f.expected.toISOString() : null,
    earliest: f.status === "estimate" ? f.earliest.toISOString() : null,
    latest: f.status === "estimate" ? iso(f.latest) : null,
    onTrack: f.status === "estimate" ? f.onTrack : f.status === "stalled" ? "no" : null,
    basedOnDays: f.status === "estimate" ? f.basedOnDays : null,
    method: FORECAST_METHOD,
  };

  return {
    ...summary,
    latestTotal: summary.latestTotal && {
      ...summary.latestTotal,
      sourceUrl: counts.byKind.find((c) => c.kind === "TOTAL")?.sourceUrl ?? null,
    },
    summary: row.summary as TLocalized,
    externalUrl: row.externalUrl,
    organisers: Array.isArray(row.organisers) ? (row.organisers as { name: string; role?: string }[]) : [],
    timeZone: rules.timeZone,
    keyDates: {
      registeredAt: iso(row.registeredAt),
      openedAt: iso(row.openedAt),
      collectionEndsAt: iso(row.collectionEndsAt),
      closedAt: iso(row.closedAt),
      submittedAt: iso(row.submittedAt),
    },
    ruleSet: { ...row.ruleSet, effectiveFrom: row.ruleSet.effectiveFrom.toISOString() },
    thresholds: progress.thresholds.map(thresholdOut),
    quorum:
      progress.quorum && rules.regionQuorum
        ? {
            label: rules.regionQuorum.label,
            minRegions: progress.quorum.minRegions,
            regionsOver: progress.quorum.regionsOver,
            met: progress.quorum.met,
            regions: progress.quorum.regions.map(thresholdOut),
          }
        : null,
    valid: progress.valid,
    countsByKind: counts.byKind.map((c) => ({
      kind: c.kind,
      value: c.value,
      observedAt: c.observedAt.toISOString(),
      source: c.source,
      sourceUrl: c.sourceUrl,
    })),
    regions: counts.byRegion.map((c) => ({
      region: c.region,
      value: c.value,
      observedAt: c.observedAt.toISOString(),
      source: c.source,
      sourceUrl: c.sourceUrl,
    })),
    timeLeft: {
      status: left.status,
      deadline: left.status === "none" ? null : left.deadline.toISOString(),
      daysLeft: left.status === "open" ? left.daysLeft : null,
      daysAgo: left.status === "ended" ? left.daysAgo : null,
    },
    ...processAndLadder(rules, processView(rules, row.currentStage, history, dates, now)),
    stageEvents: row.stageEvents.map((e) => ({
      id: e.id,
      stage: e.stage,
      label: findStage(rules, e.stage)?.label ?? { en: e.stage },
      occurredAt: e.occurredAt.toISOString(),
      scheduledFor: iso(e.scheduledFor),
      title: (e.title as TLocalized | null) ?? null,
      body: (e.body as TLocalized | null) ?? null,
      documents: Array.isArray(e.documents) ? (e.documents as { title: string; url: string }[]) : [],
      source: e.source,
      sourceUrl: e.sourceUrl,
    })),
    responses: row.responses.map((r) => ({
      kind: r.kind,
      respondingBody: r.respondingBody as TLocalized,
      respondedAt: r.respondedAt.toISOString(),
      summary: r.summary as TLocalized,
      text: (r.text as TLocalized | null) ?? null,
      links: Array.isArray(r.links) ? (r.links as { title: string; url: string }[]) : [],
      decision: r.decision,
      votesFor: r.votesFor,
      votesAgainst: r.votesAgainst,
      abstentions: r.abstentions,
      absent: r.absent,
      source: r.source,
      sourceUrl: r.sourceUrl,
      updatedAt: r.updatedAt.toISOString(),
    })),
    clocks: evaluateClocks(rules, history, dates, now).map(clockOut),
    forecast,
    history: {
      resolution: counts.history.resolution,
      points: counts.history.points.map((h) => ({
        observedAt: h.observedAt.toISOString(),
        value: h.value,
        source: h.source,
      })),
    },
    dataNotes: row.dataNotes.map((n) => ({
      code: n.code,
      note: n.publicNote,
      observedAt: iso(n.observation?.observedAt),
      confirmedAt: (n.reviewedAt ?? now).toISOString(),
    })),
    withdrawal: row.withdrawnAt ? { at: row.withdrawnAt.toISOString(), reason: row.withdrawnReason } : null,
    asOf: now.toISOString(),
  };
}
