import "server-only";
// Reads for the admin console: schemes with their rule set versions and how many initiatives use
// each (a used version is immutable), and the options the "new initiative" form offers.
import { db } from "@/lib/db";

export async function listSchemesWithRuleSets() {
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

/** Schemes, the jurisdictions an initiative may belong to, and topics: the "new initiative" form. */
export async function registrationOptions() {
  const [schemes, jurisdictions, topics] = await Promise.all([
    db().scheme.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, jurisdiction: { select: { code: true } } } }),
    db().jurisdiction.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true, kind: true } }),
    db().topic.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { schemes, jurisdictions, topics };
}
