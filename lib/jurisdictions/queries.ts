import "server-only";
// Jurisdictions and schemes with their rules, for the plain-language rules pages and the API.
import { db } from "@/lib/db";
import type { TLocalized } from "@/lib/i18n/locales";
import { parseRuleDefinition } from "@/lib/rules/definition";
import type { TJurisdictionOut, TSchemeOut } from "./dto";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function listJurisdictions(): Promise<TJurisdictionOut[]> {
  const rows = await db().jurisdiction.findMany({
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    include: {
      parent: { select: { code: true } },
      electoralTerms: { orderBy: { startsOn: "asc" } },
      schemes: { select: { code: true, name: true }, orderBy: { code: "asc" } },
      _count: { select: { initiatives: true } },
    },
  });
  return rows.map((j) => ({
    code: j.code,
    kind: j.kind,
    name: j.name as TLocalized,
    parent: j.parent?.code ?? null,
    population: j.population,
    populationAsOf: iso(j.populationAsOf),
    populationSource: j.populationSource,
    populationSourceUrl: j.populationSourceUrl,
    electorate: j.electorate,
    electorateAsOf: iso(j.electorateAsOf),
    electorateIsEstimate: j.electorateIsEstimate,
    websiteUrl: j.websiteUrl,
    electoralTerms: j.electoralTerms.map((t) => ({
      body: t.body as TLocalized,
      startsOn: t.startsOn.toISOString(),
      endsOn: t.endsOn.toISOString(),
    })),
    schemes: j.schemes.map((s) => ({ code: s.code, name: s.name as TLocalized })),
    initiativeCount: j._count.initiatives,
  }));
}

export async function findJurisdiction(code: string): Promise<TJurisdictionOut | null> {
  return (await listJurisdictions()).find((j) => j.code === code) ?? null;
}

export async function findScheme(code: string): Promise<TSchemeOut | null> {
  const s = await db().scheme.findUnique({
    where: { code },
    include: {
      jurisdiction: { select: { code: true, name: true } },
      ruleSets: { orderBy: { version: "desc" } },
      _count: { select: { initiatives: true } },
    },
  });
  if (!s) return null;
  return {
    code: s.code,
    name: s.name as TLocalized,
    summary: s.summary as TLocalized,
    officialUrl: s.officialUrl,
    jurisdiction: { code: s.jurisdiction.code, name: s.jurisdiction.name as TLocalized },
    initiativeCount: s._count.initiatives,
    ruleSets: s.ruleSets.map((r) => {
      const d = parseRuleDefinition(r.definition);
      return {
        version: r.version,
        effectiveFrom: r.effectiveFrom.toISOString(),
        effectiveTo: iso(r.effectiveTo),
        legalSourceTitle: r.legalSourceTitle,
        legalSourceUrl: r.legalSourceUrl,
        note: r.note,
        timeZone: d.timeZone,
        collectionMonths: d.collection?.months ?? null,
        thresholds: d.thresholds.map((t) => ({
          code: t.code,
          label: t.label,
          meaning: t.meaning,
          target: t.target ?? null,
          percentOfPopulation: t.percentOfPopulation ?? null,
          region: t.region ?? null,
        })),
        regionQuorum: d.regionQuorum ?? null,
        stages: d.stages.map((st) => ({
          code: st.code,
          label: st.label,
          description: st.description ?? null,
          terminal: st.terminal,
          next: st.next,
        })),
        clocks: d.clocks.map((c) => ({ code: c.code, label: c.label, legalReference: c.legalReference ?? null })),
      };
    }),
  };
}
