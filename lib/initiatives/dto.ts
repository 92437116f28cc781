// What the public sees of an initiative: one zod schema per shape, used by the status pages, the
// JSON API and the OpenAPI document alike. Every number carries its time and source. Dates are
// ISO 8601 strings (these objects are cached and sent as JSON). Isomorphic.
import { z } from "zod";
import { ZIsoDate, ZLocalizedOut } from "@/lib/schemas/fields";

export const ZCount = z
  .object({
    value: z.number().int().min(0),
    observedAt: ZIsoDate,
    source: z.string().describe('"manual", "api", "demo", or "import:<source>"'),
    sourceUrl: z.string().nullable(),
  })
  .meta({ id: "Count" });

export const ZThresholdProgress = z
  .object({
    code: z.string(),
    label: ZLocalizedOut,
    meaning: z.enum(["response", "debate", "valid", "consideration", "regional-minimum"]),
    target: z.number().int(),
    region: z.string().nullable(),
    current: z.number().int().nullable(),
    observedAt: ZIsoDate.nullable(),
    share: z.number().describe("current / target; may exceed 1"),
    reached: z.boolean(),
    remaining: z.number().int(),
  })
  .meta({ id: "ThresholdProgress" });
export type TThresholdProgress = z.infer<typeof ZThresholdProgress>;

export const ZRef = z.object({ code: z.string(), name: ZLocalizedOut });
export const ZTopicRef = z.object({ slug: z.string(), name: ZLocalizedOut });

export const ZInitiativeSummary = z
  .object({
    slug: z.string(),
    path: z.string().describe("Path of the status page, e.g. /initiatives/<slug>"),
    title: ZLocalizedOut,
    primaryLanguage: z.enum(["en", "fi", "sv"]),
    scheme: ZRef,
    jurisdiction: ZRef,
    stage: z.object({ code: z.string(), label: ZLocalizedOut, since: ZIsoDate, terminal: z.boolean() }),
    latestTotal: ZCount.nullable(),
    nextThreshold: ZThresholdProgress.nullable(),
    growthPerDay: z.number().nullable().describe("Signatures per day, 7-day average"),
    collectionEndsAt: ZIsoDate.nullable(),
    closedAt: ZIsoDate.nullable(),
    open: z.boolean().describe("Still collecting signatures"),
    withdrawn: z.boolean(),
    topics: z.array(ZTopicRef),
    lastResponseAt: ZIsoDate.nullable(),
  })
  .meta({ id: "InitiativeSummary" });
export type TInitiativeSummary = z.infer<typeof ZInitiativeSummary>;

export const ZLink = z.object({ title: z.string(), url: z.string() });

const ZStageOption = z.object({
  code: z.string(),
  label: ZLocalizedOut,
  description: ZLocalizedOut.nullable(),
  terminal: z.boolean(),
});

export const ZPathStep = ZStageOption.extend({
  reachedAt: ZIsoDate.nullable(),
  current: z.boolean(),
  basis: z
    .enum(["event", "closed-at", "deadline"])
    .describe(
      "event: a recorded stage event; closed-at: the initiative's recorded closing date (no closing event); deadline: the end of the collection period under the rules (no closing event or date)",
    ),
});

export const ZProcessOut = z
  .object({
    path: z.array(ZPathStep).describe("The stages reached, in the order they were reached"),
    next: z.array(ZStageOption).describe("While not finished: the stages it can move to next, as mutually exclusive alternatives"),
    outcomes: z.array(ZStageOption).describe("While not finished: the endings still possible"),
    outcome: z.string().nullable().describe("Once finished: the code of the ending reached (the last step of the path)"),
  })
  .meta({ id: "InitiativeProcess" });

/** API v1's stage list before `process`: kept so clients that read it keep working. */
export const ZLadderStep = ZStageOption.extend({ reachedAt: ZIsoDate.nullable(), current: z.boolean(), skipped: z.boolean() });

export const ZStageEventOut = z.object({
  id: z.string(),
  stage: z.string(),
  label: ZLocalizedOut,
  occurredAt: ZIsoDate,
  scheduledFor: ZIsoDate.nullable(),
  title: ZLocalizedOut.nullable(),
  body: ZLocalizedOut.nullable(),
  documents: z.array(ZLink),
  source: z.string(),
  sourceUrl: z.string().nullable(),
});

export const ZResponseOut = z.object({
  kind: z.enum(["GOVERNMENT_RESPONSE", "DEBATE", "COMMUNICATION", "DECISION"]),
  respondingBody: ZLocalizedOut,
  respondedAt: ZIsoDate,
  summary: ZLocalizedOut,
  text: ZLocalizedOut.nullable(),
  links: z.array(ZLink),
  decision: z.enum(["ADOPTED", "PARTIALLY_ADOPTED", "REJECTED", "NOTED", "LAPSED"]).nullable(),
  votesFor: z.number().int().nonnegative().nullable().describe("Members who voted for, as the deciding body published it"),
  votesAgainst: z.number().int().nonnegative().nullable().describe("Members who voted against"),
  abstentions: z.number().int().nonnegative().nullable().describe("Members who abstained"),
  absent: z.number().int().nonnegative().nullable().describe("Members absent from the vote"),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  updatedAt: ZIsoDate,
});

export const ZClockOut = z.object({
  code: z.string(),
  label: ZLocalizedOut,
  legalReference: z.string().nullable(),
  status: z.enum(["not-started", "running", "overdue", "met"]),
  startedAt: ZIsoDate.nullable(),
  dueAt: ZIsoDate.nullable(),
  daysLeft: z.number().int().nullable(),
  daysOverdue: z.number().int().nullable(),
  metAt: ZIsoDate.nullable(),
  onTime: z.boolean().nullable(),
  daysLate: z.number().int().nullable(),
});

export const ZForecastOut = z.object({
  status: z.enum(["reached", "closed", "insufficient-data", "stalled", "estimate", "none"]),
  threshold: z.string().nullable(),
  perDay: z.number().nullable(),
  remaining: z.number().int().nullable(),
  expected: ZIsoDate.nullable(),
  earliest: ZIsoDate.nullable(),
  latest: ZIsoDate.nullable(),
  onTrack: z.enum(["yes", "no", "uncertain", "no-deadline"]).nullable(),
  basedOnDays: z.number().int().nullable(),
  method: z.string(),
});

export const ZHistoryPoint = z.object({ observedAt: ZIsoDate, value: z.number().int(), source: z.string() });

export const ZInitiativeStatus = ZInitiativeSummary.extend({
  summary: ZLocalizedOut,
  externalUrl: z.string().nullable(),
  organisers: z.array(z.object({ name: z.string(), role: z.string().optional() })),
  timeZone: z.string(),
  keyDates: z.object({
    registeredAt: ZIsoDate.nullable(),
    openedAt: ZIsoDate.nullable(),
    collectionEndsAt: ZIsoDate.nullable(),
    closedAt: ZIsoDate.nullable(),
    submittedAt: ZIsoDate.nullable(),
  }),
  ruleSet: z.object({
    version: z.number().int(),
    effectiveFrom: ZIsoDate,
    legalSourceTitle: z.string(),
    legalSourceUrl: z.string(),
    note: z.string().nullable(),
  }),
  thresholds: z.array(ZThresholdProgress),
  quorum: z
    .object({
      label: ZLocalizedOut,
      minRegions: z.number().int(),
      regionsOver: z.number().int(),
      met: z.boolean(),
      regions: z.array(ZThresholdProgress),
    })
    .nullable(),
  valid: z.boolean().nullable().describe("For schemes with a success rule (Finland, ECI): is it met?"),
  countsByKind: z.array(ZCount.extend({ kind: z.enum(["TOTAL", "ONLINE", "PAPER", "SUBMITTED", "VERIFIED"]) })),
  regions: z.array(ZCount.extend({ region: z.string() })),
  timeLeft: z.object({
    status: z.enum(["none", "open", "ended"]),
    deadline: ZIsoDate.nullable(),
    daysLeft: z.number().int().nullable(),
    daysAgo: z.number().int().nullable(),
  }),
  process: ZProcessOut,
  ladder: z
    .array(ZLadderStep)
    .describe(
      "Deprecated (use process): every stage in rule order with the date it was reached; skipped marks a stage that can no longer be reached",
    )
    .meta({ deprecated: true }),
  stageEvents: z.array(ZStageEventOut),
  responses: z.array(ZResponseOut),
  clocks: z.array(ZClockOut),
  forecast: ZForecastOut,
  history: z.object({ resolution: z.enum(["raw", "hour", "day", "week"]), points: z.array(ZHistoryPoint) }),
  dataNotes: z.array(z.object({ code: z.string(), note: z.string().nullable(), observedAt: ZIsoDate.nullable(), confirmedAt: ZIsoDate })),
  withdrawal: z.object({ at: ZIsoDate, reason: z.string().nullable() }).nullable(),
  asOf: ZIsoDate.describe("When this status was computed"),
}).meta({ id: "InitiativeStatus" });
export type TInitiativeStatus = z.infer<typeof ZInitiativeStatus>;

export const ZInitiativeList = z
  .object({
    items: z.array(ZInitiativeSummary),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
    total: z.number().int().describe("Number of initiatives matching the filters, counted up to 1,000 (see totalCapped)"),
    totalCapped: z.boolean().describe("True when more than `total` initiatives match (the count stops at 1,000)"),
  })
  .meta({ id: "InitiativeList" });
export type TInitiativeList = z.infer<typeof ZInitiativeList>;
