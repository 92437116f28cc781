import "server-only";
// Registering an initiative snapshots the rule set in force at registration into the initiative,
// so later rule changes never rewrite its thresholds or deadlines. The initial stage is recorded as
// the first StageEvent; the change, its audit row and the cache invalidation commit together.
import slugify from "@sindresorhus/slugify";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { tagsForInitiative } from "@/lib/cache/tags";
import { AppError } from "@/lib/http/errors";
import { parseInput } from "@/lib/http/parse";
import { localizedText } from "@/lib/i18n/locales";
import { collectionDeadline } from "@/lib/rules/deadlines";
import { parseRuleDefinition } from "@/lib/rules/definition";
import { resolveRules } from "@/lib/rules/schemas";
import { ZRegisterInitiative, type TRegisterInitiative } from "./schemas";

export async function registerInitiative(actor: Actor, input: TRegisterInitiative, ctx: RequestContext) {
  requireRole(actor, "ADMIN");
  const data = parseInput(ZRegisterInitiative, input);
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
    if (!scheme) throw invalid("schemeCode", "Unknown scheme");
    const jurisdiction = data.jurisdictionCode
      ? await tx.jurisdiction.findUnique({ where: { code: data.jurisdictionCode } })
      : scheme.jurisdiction;
    if (!jurisdiction) throw invalid("jurisdictionCode", "Unknown jurisdiction");

    const effectiveAt = data.registeredAt ?? data.openedAt ?? new Date();
    const ruleSet = await tx.ruleSet.findFirst({
      where: {
        schemeId: scheme.id,
        effectiveFrom: { lte: effectiveAt },
        OR: [{ effectiveTo: null }, { effectiveTo: { gte: effectiveAt } }],
      },
      orderBy: { version: "desc" },
    });
    if (!ruleSet) throw invalid("registeredAt", "No rules of this scheme were in force on that date");
    const definition = parseRuleDefinition(ruleSet.definition);
    const rules = (() => {
      try {
        return resolveRules(definition, jurisdiction.population);
      } catch {
        throw invalid("jurisdictionCode", "This scheme needs the jurisdiction's population, which is not set");
      }
    })();

    const topics = await tx.topic.findMany({ where: { slug: { in: data.topicSlugs } } });
    if (topics.length !== new Set(data.topicSlugs).size) throw invalid("topicSlugs", "Unknown topic");

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
        entityType: "Initiative",
        entityId: initiative.id,
        initiativeId: initiative.id,
        after: { ...data, slug, ruleSetVersion: ruleSet.version },
      });
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
            issues: [{ path: "slug", message: "Already in use" }],
          });
        throw new AppError("CONFLICT", {
          userMessage: "This initiative is already tracked.",
          issues: [{ path: "externalId", message: "Already tracked" }],
        });
      }
      throw e;
    }
  }
}

function invalid(path: string, message: string) {
  return new AppError("INVALID_INPUT", { issues: [{ path, message }] });
}

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title).slice(0, 70).replace(/-+$/, "") || "initiative";
  const taken = new Set(
    (await tx.initiative.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((i) => i.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
