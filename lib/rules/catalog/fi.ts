// Finland's national citizens' initiative (Citizens' Initiative Act 12/2012): 50,000 statements of
// support from Finnish citizens of voting age within six months; statements verified by the
// Digital and Population Data Services Agency; then Parliament, where an initiative still pending
// at the end of the electoral term lapses.
import { l, type CatalogScheme } from "./types";

export const fiCitizensInitiative: CatalogScheme = {
  code: "fi-citizens-initiative",
  jurisdiction: "fi",
  name: l("Finnish citizens' initiative", "Kansalaisaloite", "Medborgarinitiativ"),
  summary: l(
    "At least 50,000 Finnish citizens entitled to vote can propose a law, or that Parliament starts drafting one. Statements of support are collected for at most six months. The Digital and Population Data Services Agency verifies them, and a verified initiative goes to Parliament, which must consider it. An initiative still pending when the electoral term ends lapses.",
    "Vähintään 50 000 äänioikeutettua Suomen kansalaista voi tehdä eduskunnalle lakialoitteen tai ehdottaa lainvalmisteluun ryhtymistä. Kannatusilmoituksia kerätään enintään kuusi kuukautta. Digi- ja väestötietovirasto tarkastaa ne, ja tarkastettu aloite toimitetaan eduskunnalle, jonka on käsiteltävä se. Vaalikauden päättyessä kesken oleva aloite raukeaa.",
    "Minst 50 000 röstberättigade finska medborgare kan föreslå en lag eller att riksdagen börjar bereda en lag. Stödförklaringar samlas in under högst sex månader. Myndigheten för digitalisering och befolkningsdata granskar dem, och ett granskat initiativ överlämnas till riksdagen, som ska behandla det. Ett initiativ som är oavgjort när valperioden tar slut förfaller.",
  ),
  officialUrl: "https://www.kansalaisaloite.fi/",
  ruleSets: [
    {
      version: 1,
      effectiveFrom: "2012-03-01",
      legalSourceTitle: "Citizens' Initiative Act (12/2012)",
      legalSourceUrl: "https://www.finlex.fi/fi/laki/ajantasa/2012/20120012",
      definition: {
        timeZone: "Europe/Helsinki",
        collection: { months: 6 },
        thresholds: [
          {
            code: "statements",
            meaning: "valid",
            target: 50_000,
            label: l(
              "50,000 statements of support: goes to Parliament",
              "50 000 kannatusilmoitusta: eduskunnan käsiteltäväksi",
              "50 000 stödförklaringar: till riksdagen",
            ),
          },
        ],
        stages: [
          {
            code: "collecting",
            label: l("Collecting statements of support", "Kannatusilmoitusten keräys käynnissä", "Insamling av stödförklaringar pågår"),
            next: ["collection-ended", "failed"],
          },
          {
            code: "collection-ended",
            label: l("Collection ended", "Keräys päättynyt", "Insamlingen har avslutats"),
            sets: ["closedAt"],
            next: ["verification", "failed"],
          },
          {
            code: "verification",
            label: l("Being verified", "Tarkastettavana", "Granskas"),
            description: l(
              "The Digital and Population Data Services Agency checks the statements of support.",
              "Digi- ja väestötietovirasto tarkastaa kannatusilmoitukset.",
              "Myndigheten för digitalisering och befolkningsdata granskar stödförklaringarna.",
            ),
            next: ["verified", "failed"],
          },
          {
            code: "verified",
            label: l("Statements verified", "Kannatusilmoitukset tarkastettu", "Stödförklaringarna har granskats"),
            next: ["submitted", "failed"],
          },
          {
            code: "submitted",
            label: l("Submitted to Parliament", "Jätetty eduskunnalle", "Överlämnat till riksdagen"),
            sets: ["submittedAt"],
            next: ["preliminary-debate", "lapsed"],
          },
          {
            code: "preliminary-debate",
            label: l("Preliminary debate in plenary", "Lähetekeskustelu täysistunnossa", "Remissdebatt i plenum"),
            next: ["in-committee", "lapsed"],
          },
          {
            code: "in-committee",
            label: l("Being considered in committee", "Valiokunnan käsittelyssä", "Behandlas i utskott"),
            next: ["committee-report", "lapsed"],
          },
          {
            code: "committee-report",
            label: l("Committee report issued", "Valiokunnan mietintö annettu", "Utskottets betänkande har getts"),
            next: ["plenary-decision", "lapsed"],
          },
          {
            code: "plenary-decision",
            label: l("Decision in plenary", "Täysistunnon päätös", "Beslut i plenum"),
            next: ["adopted", "rejected"],
          },
          { code: "adopted", label: l("Adopted by Parliament", "Eduskunta hyväksyi", "Riksdagen godkände"), terminal: true },
          { code: "rejected", label: l("Rejected by Parliament", "Eduskunta hylkäsi", "Riksdagen förkastade"), terminal: true },
          {
            code: "lapsed",
            label: l("Lapsed at the end of the electoral term", "Rauennut vaalikauden päättyessä", "Förfallit när valperioden tog slut"),
            terminal: true,
          },
          {
            code: "failed",
            label: l(
              "Did not reach 50,000 verified statements",
              "Ei saavuttanut 50 000 hyväksyttyä kannatusilmoitusta",
              "Nådde inte 50 000 godkända stödförklaringar",
            ),
            sets: ["closedAt"],
            terminal: true,
          },
        ],
        initialStage: "collecting",
        clocks: [
          {
            code: "send-for-verification",
            label: l(
              "Statements sent for verification within 6 months of the end of collection",
              "Kannatusilmoitukset toimitettava tarkastettaviksi 6 kuukauden kuluessa keräyksen päättymisestä",
              "Stödförklaringarna ska lämnas in för granskning inom 6 månader efter att insamlingen avslutats",
            ),
            from: { date: "closedAt" },
            duration: { months: 6 },
            until: ["verification", "verified", "submitted", "failed"],
            legalReference: "Citizens' Initiative Act (12/2012)",
          },
        ],
      },
    },
  ],
};
