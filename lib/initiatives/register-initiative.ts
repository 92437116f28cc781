import "server-only";
// Registering an initiative snapshots the rule set in force at registration into the initiative,
// so later rule changes never rewrite its thresholds or deadlines. The initial stage is recorded as
// the first StageEvent; the change, its audit row and the cache invalidation commit together.
import slugify from "@sindresorhus/slugify";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { emitEvents } from "@/lib/events/emit-event";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { tagsForInitiative } from "@/lib/cache/tags";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue, type IssueCode } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import { localizedText } from "@/lib/i18n/locales";
import { collectionDeadline } from "@/lib/rules/deadlines";
import { parseRuleDefinition } from "@/lib/rules/definition";
import { populationForRules, resolveRules } from "@/lib/rules/schemas";
import { INITIATIVE_LOCAL_TIMES, ZRegisterInitiative } from "./schemas";
import { schemeTimeZone } from "@/lib/rules/admin-queries";
import { zoneFields } from "@/lib/schemas/zoned-time";

const ZSchemeOf = z.object({ schemeCode: z.string() });

export async function registerInitiative(actor: Actor, input: unknown, ctx: RequestContext) {
  requireRole(actor, "ADMIN");
  // Dates typed as local times are the scheme's (its latest rules' time zone).
  const scheme = ZSchemeOf.safeParse(input);
  const zone = scheme.success ? await schemeTimeZone(scheme.data.schemeCode) : null;
  const data = parseInput(ZRegisterInitiative, zone ? zoneFields(input, INITIATIVE_LOCAL_TIMES, zone) : input);
  return db().$transaction((tx) => registerInitiativeInTx(tx, actor, data, ctx));
}

/** The same command inside a caller's transaction (importers register and record in one go). */
export async function registerInitiativeInTx(
  tx: Tx,
  actor: Actor,
  data: ReturnType<typeof ZRegisterInitiative.parse>,
  ctx: RequestContext,
) {
  requireRole(actor, "ADMIN");
  {
    const scheme = await tx.scheme.findUnique({ where: { code: data.schemeCode }, include: { jurisdiction: true } });
    if (!scheme) throw invalid("schemeCode", "unknown");
    const jurisdiction = data.jurisdictionCode
      ? await tx.jurisdiction.findUnique({ where: { code: data.jurisdictionCode } })
      : scheme.jurisdiction;
    if (!jurisdiction) throw invalid("jurisdictionCode", "unknown");

    const effectiveAt = data.registeredAt ?? data.openedAt ?? new Date();
    const ruleSet = await tx.ruleSet.findFirst({
      where: {
        schemeId: scheme.id,
        effectiveFrom: { lte: effectiveAt },
        OR: [{ effectiveTo: null }, { effectiveTo: { gte: effectiveAt } }],
      },
      orderBy: { version: "desc" },
    });
    if (!ruleSet) throw invalid("registeredAt", "noRules");
    const definition = parseRuleDefinition(ruleSet.definition);
    const rules = (() => {
      try {
        return resolveRules(definition, populationForRules(jurisdiction));
      } catch {
        throw invalid("jurisdictionCode", "noPopulation");
      }
    })();

    const topics = await tx.topic.findMany({ where: { slug: { in: data.topicSlugs } } });
    if (topics.length !== new Set(data.topicSlugs).size) throw invalid("topicSlugs", "unknown");

    const slug = data.slug ?? (await freeSlug(tx, localizedText(data.title, data.primaryLanguage)));
    const stageAt = data.openedAt ?? data.registeredAt ?? new Date();
    const collectionEndsAt = data.collectionEndsAt ?? (data.openedAt ? collectionDeadline(rules, data.openedAt) : null);

    try {
      const initiative = await tx.initiative.create({
        data: {
          slug,
          schemeId: scheme.id,
          jurisdictionId: jurisdiction.id,
          ruleSetId: ruleSet.id,
          rules: rules,
          title: data.title,
          summary: data.summary,
          primaryLanguage: data.primaryLanguage,
          externalSource: data.externalSource ?? null,
          externalId: data.externalId ?? null,
          externalUrl: data.externalUrl ?? null,
          organisers: data.organisers,
          registeredAt: data.registeredAt ?? null,
          openedAt: data.openedAt ?? null,
          collectionEndsAt,
          currentStage: rules.initialStage,
          currentStageAt: stageAt,
          topics: { connect: topics.map((t) => ({ id: t.id })) },
          stageEvents: {
            create: {
              stage: rules.initialStage,
              occurredAt: stageAt,
              source: ctx.via === "import" ? `import:${data.externalSource}` : ctx.via === "seed" ? "demo" : "manual",
            },
          },
        },
        select: { id: true, slug: true, version: true, currentStage: true, collectionEndsAt: true },
      });
      await writeAudit(tx, actor, ctx, {
        action: "initiative.create",
        entityId: initiative.id,
        initiativeId: initiative.id,
        after: { ...data, slug, ruleSetVersion: ruleSet.version },
      });
      // News for followers of its topics and jurisdiction. Registered by hand it is news now; an
      // import or the seed dates it when it opened, so an old initiative is recorded, not announced.
      await emitEvents(tx, [
        {
          kind: "INITIATIVE_REGISTERED",
          initiativeId: initiative.id,
          jurisdictionId: jurisdiction.id,
          dedupeKey: `registered:${initiative.id}`,
          occurredAt: ctx.via === "import" || ctx.via === "seed" ? (data.registeredAt ?? data.openedAt ?? new Date()) : new Date(),
          payload: {
            slug,
            title: data.title,
            jurisdiction: { code: jurisdiction.code, name: jurisdiction.name },
            topics: topics.map((t) => ({ slug: t.slug, name: t.name })),
          },
        },
      ]);
      await invalidateOnCommit(
        tx,
        tagsForInitiative({ slug, jurisdictionCode: jurisdiction.code, schemeCode: scheme.code, topicSlugs: topics.map((t) => t.slug) }),
      );
      return initiative;
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
        const target = String((e.meta as { target?: unknown } | undefined)?.target ?? "");
        if (target.includes("slug"))
          throw new AppError("CONFLICT", {
            userMessage: "That address is already taken.",
            issues: [fieldIssue("slug", "taken")],
          });
        throw new AppError("CONFLICT", {
          userMessage: "This initiative is already tracked.",
          issues: [fieldIssue("externalId", "tracked")],
        });
      }
      throw e;
    }
  }
}

function invalid(path: string, code: IssueCode) {
  return new AppError("INVALID_INPUT", { issues: [fieldIssue(path, code)] });
}

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title).slice(0, 70).replace(/-+$/, "") || "initiative";
  const taken = new Set(
    (await tx.initiative.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((i) => i.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
