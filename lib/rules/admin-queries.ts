import "server-only";
// Reads for the admin console: schemes with their rule set versions and how many initiatives use
// each (a used version is immutable), and the options the "new initiative" form offers.
import { requireRole, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseRuleDefinition } from "./definition";

export async function listSchemesWithRuleSets(actor: Actor | null) {
  requireRole(actor, "ADMIN");
  const schemes = await db().scheme.findMany({
    orderBy: { code: "asc" },
    select: {
      code: true,
      name: true,
      jurisdiction: { select: { code: true, name: true } },
      ruleSets: {
        orderBy: { version: "desc" },
        select: {
          id: true,
          version: true,
          effectiveFrom: true,
          effectiveTo: true,
          legalSourceTitle: true,
          legalSourceUrl: true,
          note: true,
          definition: true,
          createdAt: true,
          createdBy: { select: { email: true } },
          _count: { select: { initiatives: true } },
        },
      },
    },
  });
  return schemes.map((s) => ({
    ...s,
    ruleSets: s.ruleSets.map(({ _count, createdBy, ...r }) => ({
      ...r,
      createdBy: createdBy?.email ?? null,
      initiatives: _count.initiatives,
    })),
  }));
}

/** Every jurisdiction, for choosing one in a form. */
export function jurisdictionOptions() {
  return db().jurisdiction.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, kind: true } });
}

/** Schemes, the jurisdictions an initiative may belong to, and topics: the "new initiative" form. */
export async function registrationOptions(actor: Actor | null) {
  requireRole(actor, "ADMIN");
  const [schemes, jurisdictions, topics] = await Promise.all([
    db().scheme.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, jurisdiction: { select: { code: true } } } }),
    jurisdictionOptions(),
    db().topic.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { schemes, jurisdictions, topics };
}

/** The time zone of a scheme's latest rules (dates on the "new initiative" form are read in it). */
export async function schemeTimeZone(code: string): Promise<string | null> {
  const latest = await db().ruleSet.findFirst({ where: { scheme: { code } }, orderBy: { version: "desc" }, select: { definition: true } });
  return latest ? parseRuleDefinition(latest.definition).timeZone : null;
}
