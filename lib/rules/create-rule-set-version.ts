import "server-only";
// Adding a version of a scheme's rules. Versions are append-only: a version that initiatives use is
// never edited (they keep their snapshot anyway), and a new version must take effect after the
// latest one, so the version in force on any date is unambiguous (registerInitiative picks it).
import { db } from "@/lib/db";
import { actorUserId, requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { invalidateOnCommit } from "@/lib/cache/invalidate";
import { TAGS } from "@/lib/cache/tags";
import { AppError } from "@/lib/errors/app-error";
import { fieldIssue } from "@/lib/errors/issues";
import { parseInput } from "@/lib/errors/parse-input";
import { regionPatternIssues } from "./region-patterns";
import { ZCreateRuleSetVersion } from "./schemas";

export async function createRuleSetVersion(actor: Actor, input: unknown, ctx: RequestContext) {
  requireRole(actor, "ADMIN");
  const data = parseInput(ZCreateRuleSetVersion, input);
  const unsafe = regionPatternIssues(data.definition.regions.patterns);
  if (unsafe.length) throw new AppError("INVALID_INPUT", { issues: unsafe });
  return db().$transaction(async (tx) => {
    const scheme = await tx.scheme.findUnique({ where: { code: data.schemeCode }, select: { id: true, code: true } });
    if (!scheme) throw new AppError("INVALID_INPUT", { issues: [fieldIssue("schemeCode", "unknown")] });
    // Versions of one scheme are numbered one after another, even when two admins save at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`rule-set:${scheme.id}`}))`;
    const latest = await tx.ruleSet.findFirst({ where: { schemeId: scheme.id }, orderBy: { version: "desc" } });
    if (latest && data.effectiveFrom.getTime() <= latest.effectiveFrom.getTime())
      throw new AppError("INVALID_INPUT", {
        issues: [
          fieldIssue("effectiveFrom", "effectiveFrom", { date: latest.effectiveFrom.toISOString().slice(0, 10), version: latest.version }),
        ],
      });
    const ruleSet = await tx.ruleSet.create({
      data: {
        schemeId: scheme.id,
        version: (latest?.version ?? 0) + 1,
        effectiveFrom: data.effectiveFrom,
        legalSourceTitle: data.legalSourceTitle,
        legalSourceUrl: data.legalSourceUrl,
        note: data.note ?? null,
        definition: data.definition,
        createdById: actorUserId(actor),
      },
      select: { id: true, version: true, effectiveFrom: true },
    });
    await writeAudit(tx, actor, ctx, {
      action: "rule_set.create",
      entityId: ruleSet.id,
      after: {
        scheme: scheme.code,
        version: ruleSet.version,
        effectiveFrom: ruleSet.effectiveFrom,
        legalSourceTitle: data.legalSourceTitle,
      },
    });
    await invalidateOnCommit(tx, [TAGS.scheme(scheme.code), TAGS.jurisdictions]);
    return { ...ruleSet, schemeCode: scheme.code };
  });
}
