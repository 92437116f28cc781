// The rules catalogue: real jurisdictions and schemes with their legal sources. The seed writes it
// to the database; unit tests evaluate it directly.
import { parseRuleDefinition } from "../definition";
import { europeanCitizensInitiative } from "./eci";
import { fiCitizensInitiative } from "./fi";
import { fiMunicipalInitiative } from "./fi-municipal";
import { l, type CatalogJurisdiction, type CatalogScheme } from "./types";
import { ukParliamentPetition } from "./uk";

export type { CatalogJurisdiction, CatalogRuleSet, CatalogScheme } from "./types";
export { eciMinimums } from "./eci";

export const JURISDICTIONS: CatalogJurisdiction[] = [
  {
    code: "eu",
    kind: "SUPRANATIONAL",
    name: l("European Union", "Euroopan unioni", "Europeiska unionen"),
    websiteUrl: "https://european-union.europa.eu/",
  },
  {
    code: "fi",
    kind: "NATIONAL",
    name: l("Finland", "Suomi", "Finland"),
    parent: "eu",
    websiteUrl: "https://www.eduskunta.fi/",
    electoralTerms: [
      // A term ends when the next election's result is confirmed (elections: 2 April 2023, and the
      // third Sunday of April, 18 April 2027).
      {
        body: l("Parliament of Finland", "Eduskunta", "Riksdagen"),
        startsOn: "2019-04-17",
        endsOn: "2023-04-05",
        sourceUrl: "https://www.eduskunta.fi/",
      },
      {
        body: l("Parliament of Finland", "Eduskunta", "Riksdagen"),
        startsOn: "2023-04-05",
        endsOn: "2027-04-21",
        sourceUrl: "https://www.eduskunta.fi/",
      },
    ],
  },
  {
    code: "fi-helsinki",
    kind: "MUNICIPAL",
    name: l("Helsinki", "Helsinki", "Helsingfors"),
    parent: "fi",
    // Residents on 31 December 2024, Statistics Finland's figure (lib/seed/SOURCES.md).
    population: 684_018,
    populationAsOf: "2024-12-31",
    populationSource:
      'Statistics Finland (Tilastokeskus), in Helsingin seudun aluesarjat, table alu_vaerak_004t "Väestö 31.12.", updated 7 April 2025',
    populationSourceUrl: "https://stat.hel.fi/pxweb/fi/Aluesarjat/Aluesarjat__vrm__vaerak/alu_vaerak_004t.px/",
    // The 2 % rule counts residents entitled to vote. No official count is recorded here: an
    // estimate of about four in five residents at the municipal elections of 13 April 2025, which a
    // deployment replaces with the official number.
    electorate: 550_000,
    electorateAsOf: "2025-04-13",
    electorateIsEstimate: true,
    websiteUrl: "https://www.hel.fi/",
  },
  {
    code: "uk",
    kind: "NATIONAL",
    name: l("United Kingdom", "Yhdistynyt kuningaskunta", "Förenade kungariket"),
    websiteUrl: "https://www.parliament.uk/",
  },
];

export const SCHEMES: CatalogScheme[] = [fiCitizensInitiative, fiMunicipalInitiative, ukParliamentPetition, europeanCitizensInitiative];

export function schemeByCode(code: string): CatalogScheme {
  const scheme = SCHEMES.find((s) => s.code === code);
  if (!scheme) throw new Error(`Unknown scheme ${code}`);
  return scheme;
}

/** The catalogue's rule set in force on a date (for tests and the seed). */
export function catalogRules(code: string, on: Date = new Date()) {
  const scheme = schemeByCode(code);
  const set = [...scheme.ruleSets]
    .reverse()
    .find((r) => new Date(r.effectiveFrom) <= on && (!r.effectiveTo || on <= new Date(`${r.effectiveTo}T23:59:59Z`)));
  if (!set) throw new Error(`No ${code} rule set in force on ${on.toISOString()}`);
  return { ...set, definition: parseRuleDefinition(set.definition) };
}
