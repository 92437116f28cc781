import "server-only";
import { isDeepStrictEqual } from "node:util";
// Writes the rules catalogue (jurisdictions, electoral terms, schemes, rule set versions) to the
// database. Idempotent. A rule set version that an initiative uses is immutable: changing it is a
// CONFLICT, and the fix is a new version with its own effective date.
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { TAGS } from "@/lib/cache/tags";
import { AppError } from "@/lib/errors/app-error";
import { JURISDICTIONS, SCHEMES, type CatalogJurisdiction, type CatalogScheme } from "./catalog";
import { parseRuleDefinition } from "./definition";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function syncCatalog(
  actor: Actor,
  ctx: RequestContext,
  catalog: { jurisdictions: CatalogJurisdiction[]; schemes: CatalogScheme[] } = { jurisdictions: JURISDICTIONS, schemes: SCHEMES },
) {
  requireRole(actor, "ADMIN");
  return db().$transaction(
    async (tx) => {
      let changes = 0;
      for (const j of catalog.jurisdictions) changes += await upsertJurisdiction(tx, j);
      for (const s of catalog.schemes) changes += await upsertScheme(tx, actor, ctx, s);
      if (changes) {
        await writeAudit(tx, actor, ctx, { action: "catalog.sync", entityId: "rules", after: { changes } });
        await invalidateOnCommit(tx, [
          TAGS.jurisdictions,
          TAGS.initiatives,
          ...catalog.schemes.map((s) => TAGS.scheme(s.code)),
          ...catalog.jurisdictions.map((j) => TAGS.jurisdiction(j.code)),
        ]);
      }
      return { changes };
      // Dozens of upserts in one all-or-nothing step, run at seed and deploy time: Prisma's 5 s default
      // for an interactive transaction is too short on a busy machine (seen: 5.2 s at a load of 25).
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

async function upsertJurisdiction(tx: Tx, j: CatalogJurisdiction): Promise<number> {
  const parent = j.parent ? await tx.jurisdiction.findUnique({ where: { code: j.parent } }) : null;
  const data = {
    kind: j.kind,
    name: j.name,
    parentId: parent?.id ?? null,
    population: j.population ?? null,
    populationAsOf: j.populationAsOf ? day(j.populationAsOf) : null,
    populationSource: j.populationSource ?? null,
    populationSourceUrl: j.populationSourceUrl ?? null,
    electorate: j.electorate ?? null,
    electorateAsOf: j.electorateAsOf ? day(j.electorateAsOf) : null,
    electorateIsEstimate: j.electorateIsEstimate ?? false,
    websiteUrl: j.websiteUrl ?? null,
  };
  const existing = await tx.jurisdiction.findUnique({ where: { code: j.code } });
  let changes = 0;
  const saved = existing
    ? await tx.jurisdiction.update({ where: { id: existing.id }, data })
    : (changes++, await tx.jurisdiction.create({ data: { code: j.code, ...data } }));
  for (const term of j.electoralTerms ?? []) {
    const key = { jurisdictionId: saved.id, startsOn: day(term.startsOn) };
    const found = await tx.electoralTerm.findUnique({ where: { jurisdictionId_startsOn: key } });
    if (!found) {
      changes++;
      await tx.electoralTerm.create({ data: { ...key, body: term.body, endsOn: day(term.endsOn), sourceUrl: term.sourceUrl ?? null } });
    } else if (found.endsOn.getTime() !== day(term.endsOn).getTime()) {
      changes++;
      await tx.electoralTerm.update({ where: { id: found.id }, data: { endsOn: day(term.endsOn) } });
    }
  }
  return changes;
}

async function upsertScheme(tx: Tx, actor: Actor, ctx: RequestContext, s: CatalogScheme): Promise<number> {
  const jurisdiction = await tx.jurisdiction.findUniqueOrThrow({ where: { code: s.jurisdiction } });
  const data = { jurisdictionId: jurisdiction.id, name: s.name, summary: s.summary, officialUrl: s.officialUrl };
  const scheme = await tx.scheme.upsert({ where: { code: s.code }, create: { code: s.code, ...data }, update: data });
  let changes = 0;
  for (const r of s.ruleSets) {
    const definition = parseRuleDefinition(r.definition) as unknown as Prisma.InputJsonValue;
    const fields = {
      effectiveFrom: day(r.effectiveFrom),
      effectiveTo: r.effectiveTo ? new Date(`${r.effectiveTo}T23:59:59.999Z`) : null,
      legalSourceTitle: r.legalSourceTitle,
      legalSourceUrl: r.legalSourceUrl,
      note: r.note ?? null,
      definition,
    };
    const existing = await tx.ruleSet.findUnique({
      where: { schemeId_version: { schemeId: scheme.id, version: r.version } },
      include: { _count: { select: { initiatives: true } } },
    });
    if (!existing) {
      const created = await tx.ruleSet.create({ data: { schemeId: scheme.id, version: r.version, ...fields } });
      await writeAudit(tx, actor, ctx, {
        action: "rule_set.create",
        entityId: created.id,
        after: { scheme: s.code, version: r.version },
      });
      changes++;
      continue;
    }
    // jsonb does not keep key order, so compare structurally.
    const same = isDeepStrictEqual(existing.definition, JSON.parse(JSON.stringify(definition)));
    if (same) continue;
    if (existing._count.initiatives > 0) {
      throw new AppError("CONFLICT", {
        userMessage: `Rule set version ${r.version} of ${s.code} is used by ${existing._count.initiatives} initiative(s) and cannot change. Add a new version instead.`,
      });
    }
    await tx.ruleSet.update({ where: { id: existing.id }, data: fields });
    await writeAudit(tx, actor, ctx, {
      action: "rule_set.update",
      entityId: existing.id,
      before: existing.definition,
      after: definition,
    });
    changes++;
  }
  return changes;
}
