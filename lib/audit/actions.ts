// The vocabulary of the audit trail: every action a command may record, the kind of record it is
// about, and the shape of what it stores as `before` and `after` (checked when written). A new
// command adds its action here first. Objects are loose: an entry may carry more than its schema
// names, never less.
import { z } from "zod";

const when = z.union([z.date(), z.string()]);
const none = z.undefined();
const nothingBefore = { before: none };

const counts = {
  before: z.looseObject({ latestTotal: z.number().nullable() }),
  after: z.looseObject({
    created: z.number(),
    skipped: z.number(),
    source: z.string(),
    latestTotal: z.number().nullable(),
    observations: z.array(z.looseObject({ id: z.string(), value: z.number() })),
  }),
};
const flagReview = {
  before: z.looseObject({ status: z.literal("OPEN") }),
  after: z.looseObject({ code: z.string(), status: z.enum(["CONFIRMED", "DISMISSED"]), publicNote: z.string().nullable() }),
};
const response = z.looseObject({ respondingBody: z.unknown(), summary: z.unknown(), decision: z.unknown() });
const topic = z.looseObject({ slug: z.string(), name: z.unknown() });
const role = z.enum(["USER", "EDITOR", "ADMIN"]);

export const AUDIT_ACTIONS = {
  "observation.create": { entityType: "CountObservation", ...counts },
  "observation.bulk_create": { entityType: "Initiative", ...counts },
  "quality_flag.confirm": { entityType: "DataQualityFlag", ...flagReview },
  "quality_flag.dismiss": { entityType: "DataQualityFlag", ...flagReview },
  "stage_event.create": {
    entityType: "StageEvent",
    before: z.looseObject({ stage: z.string(), version: z.number() }),
    after: z.looseObject({ stage: z.string(), occurredAt: when, version: z.number() }),
  },
  "initiative.create": {
    entityType: "Initiative",
    ...nothingBefore,
    after: z.looseObject({ slug: z.string(), ruleSetVersion: z.number() }),
  },
  "initiative.update": {
    entityType: "Initiative",
    before: z.looseObject({ version: z.number() }),
    after: z.looseObject({ version: z.number() }),
  },
  "initiative.withdraw": {
    entityType: "Initiative",
    before: z.looseObject({ version: z.number(), withdrawnAt: z.null() }),
    after: z.looseObject({ version: z.number(), withdrawnAt: when, withdrawnReason: z.string() }),
  },
  "response.create": { entityType: "OfficialResponse", ...nothingBefore, after: response },
  "response.update": { entityType: "OfficialResponse", before: response, after: response },
  "rule_set.create": { entityType: "RuleSet", ...nothingBefore, after: z.looseObject({ scheme: z.string(), version: z.number() }) },
  "rule_set.update": { entityType: "RuleSet", before: z.unknown(), after: z.unknown() },
  "catalog.sync": { entityType: "Catalog", ...nothingBefore, after: z.looseObject({ changes: z.number() }) },
  "topic.create": { entityType: "Topic", before: z.null(), after: topic },
  "topic.update": { entityType: "Topic", before: topic, after: topic },
  "topic_event.create": { entityType: "TopicEvent", ...nothingBefore, after: z.looseObject({ id: z.string(), occurredAt: when }) },
  "api_token.create": {
    entityType: "ApiToken",
    ...nothingBefore,
    after: z.looseObject({
      owner: z.string(),
      name: z.string(),
      prefix: z.string(),
      scopes: z.array(z.string()),
      expiresAt: when.nullable(),
    }),
  },
  "api_token.revoke": {
    entityType: "ApiToken",
    before: z.looseObject({ prefix: z.string(), name: z.string(), revokedAt: z.null() }),
    after: z.looseObject({ revokedAt: when }),
  },
  "user.grant_admin": {
    entityType: "User",
    before: z.looseObject({ email: z.string(), role }).nullable(),
    after: z.looseObject({ email: z.string(), role: z.literal("ADMIN"), created: z.boolean() }),
  },
  "user.set_role": {
    entityType: "User",
    before: z.looseObject({ email: z.string(), role }),
    after: z.looseObject({ email: z.string(), role }),
  },
  // The person deleted their own account; the row's actor is their pseudonym (lib/account).
  "user.delete_account": {
    entityType: "User",
    before: z.looseObject({ role }),
    after: z.looseObject({ deleted: z.literal(true) }),
  },
  "import.apply": { entityType: "Initiative", ...nothingBefore, after: z.looseObject({ source: z.string(), file: z.string() }) },
  "import.sync_now": { entityType: "ImportState", ...nothingBefore, after: z.looseObject({ status: z.string() }) },
  "import.sync_requested": { entityType: "ImportSource", ...nothingBefore, after: z.looseObject({ resources: z.number() }) },
} satisfies Record<`${string}.${string}`, { entityType: string; before: z.ZodType; after: z.ZodType }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

type Spec<A extends AuditAction> = (typeof AUDIT_ACTIONS)[A];

/** One audit entry of action A: `before` and `after` in that action's shapes. */
export type AuditEntry<A extends AuditAction = AuditAction> = {
  [K in A]: {
    action: K;
    entityId: string;
    initiativeId?: string | null;
    before?: z.input<Spec<K>["before"]>;
    after: z.input<Spec<K>["after"]>;
  };
}[A];
