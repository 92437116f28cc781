// UK Parliament petitions (petition.parliament.uk, since July 2015, with the earlier government
// e-petition sites as older rule versions): open for six months; at 10,000
// signatures the Government responds, at 100,000 the Petitions Committee considers it for a debate.
// The rules are the House of Commons' own, published with the petitions service.
import { l, type CatalogRuleSet, type CatalogScheme } from "./types";

const current: CatalogRuleSet["definition"] = {
  timeZone: "Europe/London",
  collection: { months: 6 },
  thresholds: [
    {
      code: "response",
      meaning: "response",
      target: 10_000,
      label: l(
        "10,000 signatures: the Government responds",
        "10 000 allekirjoitusta: hallitus vastaa",
        "10 000 underskrifter: regeringen svarar",
      ),
    },
    {
      code: "debate",
      meaning: "debate",
      target: 100_000,
      label: l(
        "100,000 signatures: considered for a debate",
        "100 000 allekirjoitusta: harkitaan keskustelua parlamentissa",
        "100 000 underskrifter: övervägs för debatt",
      ),
    },
  ],
  regions: {
    codes: [],
    // Countries (ISO 3166 alpha-2, plus codes such as BAT), constituencies (ONS codes) and UK regions.
    patterns: ["^[A-Z]{2,3}$", "^uk-con:[EWSN]\\d{8}$", "^uk-reg:[A-N]$"],
  },
  stages: [
    {
      code: "collecting",
      label: l("Open for signatures", "Avoinna allekirjoituksille", "Öppen för underskrifter"),
      next: ["awaiting-response", "responded", "debate-scheduled", "closed", "rejected"],
    },
    {
      code: "awaiting-response",
      label: l("Waiting for the Government's response", "Odottaa hallituksen vastausta", "Väntar på regeringens svar"),
      next: ["responded", "debate-scheduled", "closed"],
    },
    {
      code: "responded",
      label: l("Government responded", "Hallitus vastasi", "Regeringen har svarat"),
      next: ["debate-scheduled", "debated", "closed"],
    },
    {
      code: "debate-scheduled",
      label: l("Debate scheduled", "Keskustelu sovittu", "Debatt inplanerad"),
      // The Government can still respond after a debate is scheduled (171928 and 178844 did).
      next: ["responded", "debated", "closed"],
    },
    {
      code: "debated",
      label: l("Debated in Parliament", "Käsitelty parlamentissa", "Debatterad i parlamentet"),
      next: ["responded", "closed"],
    },
    {
      code: "closed",
      label: l("Closed to signatures", "Suljettu allekirjoituksilta", "Stängd för underskrifter"),
      sets: ["closedAt"],
      description: l(
        "The Government can still respond and Parliament can still debate a closed petition.",
        "Hallitus voi yhä vastata ja parlamentti keskustella suljetusta vetoomuksesta.",
        "Regeringen kan fortfarande svara och parlamentet debattera en stängd petition.",
      ),
      next: ["awaiting-response", "responded", "debate-scheduled", "debated"],
    },
    {
      code: "rejected",
      label: l("Rejected", "Hylätty", "Avvisad"),
      sets: ["closedAt"],
      terminal: true,
    },
  ],
  initialStage: "collecting",
  clocks: [],
};

export const ukParliamentPetition: CatalogScheme = {
  code: "uk-parliament-petition",
  jurisdiction: "uk",
  name: l("UK Parliament petition", "Ison-Britannian parlamentin vetoomus", "Brittiska parlamentets petition"),
  summary: l(
    "Anyone who is a British citizen or UK resident can sign. A petition is open for six months. At 10,000 signatures the Government responds; at 100,000 the Petitions Committee considers it for a debate in Parliament.",
    "Allekirjoittaa voi jokainen Britannian kansalainen tai Isossa-Britanniassa asuva. Vetoomus on avoinna kuusi kuukautta. 10 000 allekirjoituksen jälkeen hallitus vastaa; 100 000 allekirjoituksen jälkeen vetoomusvaliokunta harkitsee sen ottamista parlamentin keskusteltavaksi.",
    "Alla brittiska medborgare och personer bosatta i Storbritannien kan skriva under. En petition är öppen i sex månader. Vid 10 000 underskrifter svarar regeringen; vid 100 000 överväger petitionsutskottet en debatt i parlamentet.",
  ),
  officialUrl: "https://petition.parliament.uk/",
  ruleSets: [
    {
      version: 1,
      effectiveFrom: "2006-09-01",
      effectiveTo: "2011-08-03",
      legalSourceTitle: "Number 10 Downing Street e-petitions (archived by The National Archives)",
      legalSourceUrl: "https://www.nationalarchives.gov.uk/webarchive/",
      note: "The Number 10 petitions site published no signature thresholds; none are recorded for this era.",
      definition: { ...current, thresholds: [], collection: undefined },
    },
    {
      version: 2,
      effectiveFrom: "2011-08-04",
      effectiveTo: "2015-07-19",
      legalSourceTitle: "HM Government e-petitions (archived by The National Archives)",
      legalSourceUrl: "https://www.nationalarchives.gov.uk/webarchive/",
      note: "Petitions set their own closing date on this site; no fixed collection window is recorded.",
      definition: { ...current, collection: undefined },
    },
    {
      version: 3,
      effectiveFrom: "2015-07-20",
      legalSourceTitle: "UK Parliament petitions: how petitions work (House of Commons Petitions Committee)",
      legalSourceUrl: "https://petition.parliament.uk/help",
      definition: current,
    },
  ],
};
