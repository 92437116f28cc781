// European Citizens' Initiative. Success needs 1,000,000 statements of support in total AND, in at
// least seven member states (a quarter of them), at least that state's minimum: its number of MEPs
// times a multiplier. The multiplier changed with the rules and Parliament's size (750 under
// Regulation 211/2011, then the total number of MEPs under Regulation 2019/788: 705, then 720), and
// an initiative keeps the minimums in force when it was registered.
import { MEPS_2014, MEPS_2020, MEPS_2024 } from "./eci-meps";
import { l, type CatalogRuleSet, type CatalogScheme } from "./types";

export function eciMinimums(meps: Record<string, number>, multiplier: number): Record<string, number> {
  return Object.fromEntries(Object.entries(meps).map(([code, n]) => [code, n * multiplier]));
}

const stages = [
  {
    code: "registered",
    label: l("Registered by the Commission", "Komissio rekisteröinyt", "Registrerat av kommissionen"),
    next: ["collecting", "withdrawn"],
  },
  {
    code: "collecting",
    label: l("Collecting signatures", "Allekirjoitusten keräys käynnissä", "Insamling av namnunderskrifter pågår"),
    next: ["collection-closed", "withdrawn"],
  },
  {
    code: "collection-closed",
    label: l("Collection closed", "Keräys päättynyt", "Insamlingen avslutad"),
    sets: ["closedAt" as const],
    next: ["verification", "failed", "withdrawn"],
  },
  {
    code: "verification",
    label: l("Signatures being verified", "Allekirjoituksia tarkastetaan", "Underskrifterna kontrolleras"),
    description: l(
      "National authorities check the statements of support collected in their member state.",
      "Jäsenvaltioiden viranomaiset tarkastavat maassaan kerätyt tuenilmaisut.",
      "Medlemsstaternas myndigheter kontrollerar de stödförklaringar som samlats in i respektive land.",
    ),
    next: ["verified", "failed", "withdrawn"],
  },
  {
    code: "verified",
    label: l("Signatures verified", "Allekirjoitukset tarkastettu", "Underskrifterna har kontrollerats"),
    next: ["submitted", "failed", "withdrawn"],
  },
  {
    code: "submitted",
    label: l("Submitted to the Commission", "Toimitettu komissiolle", "Överlämnat till kommissionen"),
    sets: ["submittedAt" as const],
    next: ["commission-meeting", "parliament-hearing", "answered"],
  },
  {
    code: "commission-meeting",
    label: l("Met the Commission", "Tapaaminen komission kanssa", "Möte med kommissionen"),
    next: ["parliament-hearing", "answered"],
  },
  {
    code: "parliament-hearing",
    label: l(
      "Public hearing in the European Parliament",
      "Julkinen kuuleminen Euroopan parlamentissa",
      "Offentlig utfrågning i Europaparlamentet",
    ),
    next: ["commission-meeting", "answered"],
  },
  {
    code: "answered",
    label: l("Commission communication adopted", "Komissio antoi tiedonantonsa", "Kommissionen har antagit sitt meddelande"),
    terminal: true,
  },
  {
    code: "failed",
    label: l(
      "Did not collect enough signatures",
      "Ei kerännyt riittävästi allekirjoituksia",
      "Samlade inte in tillräckligt många underskrifter",
    ),
    terminal: true,
  },
  {
    code: "withdrawn",
    label: l("Withdrawn by the organisers", "Järjestäjät vetivät aloitteen pois", "Återkallat av organisatörerna"),
    terminal: true,
  },
];

function definition(minimums: Record<string, number>, clocks: CatalogRuleSet["definition"]["clocks"]): CatalogRuleSet["definition"] {
  return {
    timeZone: "Europe/Brussels",
    collection: { months: 12 },
    thresholds: [
      {
        code: "one-million",
        meaning: "valid",
        target: 1_000_000,
        label: l("1,000,000 signatures in total", "1 000 000 allekirjoitusta yhteensä", "1 000 000 underskrifter totalt"),
      },
      ...Object.entries(minimums).map(([region, target]) => ({
        code: `min-${region.toLowerCase()}`,
        meaning: "regional-minimum" as const,
        region,
        target,
        label: l(`Minimum in ${region}`, `Vähimmäismäärä: ${region}`, `Minimiantal: ${region}`),
      })),
    ],
    regionQuorum: {
      minRegions: 7,
      label: l(
        "At least 7 member states over their minimum",
        "Vähintään 7 jäsenvaltiossa vähimmäismäärä ylittyy",
        "Minst 7 medlemsstater över sitt minimiantal",
      ),
    },
    regions: { codes: Object.keys(minimums), patterns: [] },
    stages,
    initialStage: "registered",
    clocks,
  };
}

const clock = (code: string, label: ReturnType<typeof l>, from: string, months: number, until: string[], ref: string) => ({
  code,
  label,
  from: { stage: from },
  duration: { months },
  until,
  legalReference: ref,
});

const clocks2019 = [
  clock(
    "verification",
    l("Member states verify within 3 months", "Jäsenvaltiot tarkastavat 3 kuukaudessa", "Medlemsstaterna kontrollerar inom 3 månader"),
    "verification",
    3,
    ["verified", "failed"],
    "Regulation (EU) 2019/788, Article 12",
  ),
  clock(
    "submission",
    l(
      "Submitted to the Commission within 3 months of verification",
      "Toimitettava komissiolle 3 kuukauden kuluessa tarkastuksesta",
      "Överlämnas till kommissionen inom 3 månader efter kontrollen",
    ),
    "verified",
    3,
    ["submitted", "failed"],
    "Regulation (EU) 2019/788, Article 13",
  ),
  clock(
    "commission-meeting",
    l(
      "Commission meets the organisers within 1 month",
      "Komissio tapaa järjestäjät 1 kuukauden kuluessa",
      "Kommissionen träffar organisatörerna inom 1 månad",
    ),
    "submitted",
    1,
    ["commission-meeting"],
    "Regulation (EU) 2019/788, Article 15(1)",
  ),
  clock(
    "parliament-hearing",
    l(
      "Public hearing in the European Parliament within 3 months",
      "Julkinen kuuleminen Euroopan parlamentissa 3 kuukauden kuluessa",
      "Offentlig utfrågning i Europaparlamentet inom 3 månader",
    ),
    "submitted",
    3,
    ["parliament-hearing"],
    "Regulation (EU) 2019/788, Article 14(2)",
  ),
  clock(
    "communication",
    l("Commission communication within 6 months", "Komission tiedonanto 6 kuukauden kuluessa", "Kommissionens meddelande inom 6 månader"),
    "submitted",
    6,
    ["answered"],
    "Regulation (EU) 2019/788, Article 15(2)",
  ),
];

const clocks2011 = [
  clock(
    "parliament-hearing",
    l(
      "Public hearing in the European Parliament within 3 months",
      "Julkinen kuuleminen Euroopan parlamentissa 3 kuukauden kuluessa",
      "Offentlig utfrågning i Europaparlamentet inom 3 månader",
    ),
    "submitted",
    3,
    ["parliament-hearing"],
    "Regulation (EU) No 211/2011, Article 11",
  ),
  clock(
    "communication",
    l("Commission communication within 3 months", "Komission tiedonanto 3 kuukauden kuluessa", "Kommissionens meddelande inom 3 månader"),
    "submitted",
    3,
    ["answered"],
    "Regulation (EU) No 211/2011, Article 10",
  ),
];

export const europeanCitizensInitiative: CatalogScheme = {
  code: "eci",
  jurisdiction: "eu",
  name: l("European Citizens' Initiative", "Eurooppalainen kansalaisaloite", "Europeiskt medborgarinitiativ"),
  summary: l(
    "One million EU citizens can ask the European Commission to propose a law. Signatures are collected for up to 12 months, and in at least seven member states the number of signatures must reach a minimum set for that country. National authorities verify the signatures; the Commission then meets the organisers, the European Parliament holds a public hearing, and the Commission answers in a communication.",
    "Miljoona EU-kansalaista voi pyytää Euroopan komissiota tekemään lainsäädäntöehdotuksen. Allekirjoituksia kerätään enintään 12 kuukautta, ja vähintään seitsemässä jäsenvaltiossa allekirjoituksia on oltava kullekin maalle asetettu vähimmäismäärä. Kansalliset viranomaiset tarkastavat allekirjoitukset; sen jälkeen komissio tapaa järjestäjät, Euroopan parlamentti järjestää julkisen kuulemisen ja komissio vastaa tiedonannolla.",
    "En miljon EU-medborgare kan uppmana Europeiska kommissionen att föreslå en lag. Underskrifter samlas in under högst 12 månader, och i minst sju medlemsstater måste antalet nå ett minimum som gäller för landet. Nationella myndigheter kontrollerar underskrifterna; därefter träffar kommissionen organisatörerna, Europaparlamentet håller en offentlig utfrågning och kommissionen svarar i ett meddelande.",
  ),
  officialUrl: "https://citizens-initiative.europa.eu/",
  ruleSets: [
    {
      version: 1,
      effectiveFrom: "2014-07-01",
      effectiveTo: "2019-12-31",
      legalSourceTitle: "Regulation (EU) No 211/2011 on the citizens' initiative",
      legalSourceUrl: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32011R0211",
      note: "Minimums of the 2014–2019 Parliament: MEPs × 750 (Delegated Regulation (EU) No 531/2014).",
      definition: definition(eciMinimums(MEPS_2014, 750), clocks2011),
    },
    {
      version: 2,
      effectiveFrom: "2020-02-01",
      effectiveTo: "2024-07-15",
      legalSourceTitle: "Regulation (EU) 2019/788 on the European citizens' initiative",
      legalSourceUrl: "https://eur-lex.europa.eu/eli/reg/2019/788/oj",
      note: "Minimums = MEPs × 705, the size of Parliament after the United Kingdom left the EU.",
      definition: definition(eciMinimums(MEPS_2020, 705), clocks2019),
    },
    {
      version: 3,
      effectiveFrom: "2024-07-16",
      legalSourceTitle: "Regulation (EU) 2019/788 on the European citizens' initiative",
      legalSourceUrl: "https://eur-lex.europa.eu/eli/reg/2019/788/oj",
      note: "Minimums = MEPs × 720, the size of the 2024–2029 Parliament.",
      definition: definition(eciMinimums(MEPS_2024, 720), clocks2019),
    },
  ],
};
