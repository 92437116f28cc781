// Finnish municipal initiative (Local Government Act 410/2015): when at least 2 % of the
// municipality's residents entitled to vote support an initiative, the council must take it up
// within six months.
import { l, type CatalogScheme } from "./types";

export const fiMunicipalInitiative: CatalogScheme = {
  code: "fi-municipal-initiative",
  jurisdiction: "fi",
  name: l("Finnish municipal initiative", "Kuntalaisaloite", "Invånarinitiativ"),
  summary: l(
    "Residents can make initiatives on the municipality's affairs. When at least 2 % of the residents entitled to vote support one, the council must consider it within six months.",
    "Kunnan asukkaat voivat tehdä aloitteita kunnan toimintaa koskevissa asioissa. Jos aloitetta tukee vähintään 2 % äänioikeutetuista asukkaista, valtuuston on otettava asia käsiteltäväksi kuuden kuukauden kuluessa.",
    "Kommunens invånare kan ta initiativ i frågor som gäller kommunens verksamhet. Om minst 2 % av de röstberättigade invånarna stöder initiativet ska fullmäktige ta upp frågan inom sex månader.",
  ),
  officialUrl: "https://www.kuntalaisaloite.fi/",
  ruleSets: [
    {
      version: 1,
      effectiveFrom: "2017-06-01",
      legalSourceTitle: "Local Government Act (410/2015), section 23",
      legalSourceUrl: "https://www.finlex.fi/fi/laki/ajantasa/2015/20150410",
      definition: {
        timeZone: "Europe/Helsinki",
        thresholds: [
          {
            code: "two-percent",
            meaning: "consideration",
            percentOfPopulation: 2,
            label: l(
              "2 % of residents entitled to vote: the council must consider it",
              "2 % äänioikeutetuista asukkaista: valtuuston on käsiteltävä",
              "2 % av de röstberättigade invånarna: fullmäktige ska behandla det",
            ),
          },
        ],
        stages: [
          { code: "collecting", label: l("Collecting support", "Kannatuksen keräys", "Insamling av stöd"), next: ["submitted"] },
          {
            code: "submitted",
            label: l("Submitted to the municipality", "Jätetty kunnalle", "Inlämnat till kommunen"),
            sets: ["closedAt", "submittedAt"],
            next: ["under-consideration", "not-qualified"],
          },
          {
            code: "under-consideration",
            label: l("Being prepared for the council", "Valmistelussa valtuustolle", "Bereds för fullmäktige"),
            next: ["decided"],
          },
          { code: "decided", label: l("Council decided", "Valtuusto päätti", "Fullmäktige har fattat beslut"), terminal: true },
          {
            code: "not-qualified",
            label: l(
              "Below 2 %: handled as an ordinary initiative",
              "Alle 2 %: käsitellään tavallisena aloitteena",
              "Under 2 %: behandlas som ett vanligt initiativ",
            ),
            terminal: true,
          },
        ],
        initialStage: "collecting",
        clocks: [
          {
            code: "council-consideration",
            label: l(
              "Council considers it within 6 months",
              "Valtuusto käsittelee 6 kuukauden kuluessa",
              "Fullmäktige behandlar det inom 6 månader",
            ),
            from: { stage: "submitted" },
            duration: { months: 6 },
            until: ["decided", "not-qualified"],
            legalReference: "Local Government Act (410/2015), section 23",
          },
        ],
      },
    },
  ],
};
