import "server-only";
// Finland's three citizens' initiatives to withdraw from the Ottawa mine ban convention, and a
// municipal initiative. The known facts are real (2018: about 9,300 statements, failed; 2022:
// 50,926, went to Parliament; 2024: opened 6 December 2024, passed 50,000 on 9 December 2024); the
// dates in between and the count series are demonstration data (source "demo").
import { recordDemoSeries, ensureInitiative, ensureStages } from "./context";

const t = (iso: string) => new Date(iso);
const OTTAWA = "ottawa-convention-withdrawal";

const summary = (year: string, en: string, fi: string, sv: string) => ({
  en: `A citizens' initiative proposing that Finland withdraw from the Convention on the Prohibition of Anti-Personnel Mines (the Ottawa Convention). ${en} Demonstration data: dates between the known facts and the count series are illustrative.`,
  fi: `Kansalaisaloite Suomen eroamisesta jalkaväkimiinat kieltävästä Ottawan sopimuksesta (${year}). ${fi} Esittelyaineisto: tunnettujen tietojen väliset päivämäärät ja kannatussarja ovat havainnollistavia.`,
  sv: `Ett medborgarinitiativ om att Finland ska utträda ur konventionen om förbud mot antipersonella minor (Ottawakonventionen) (${year}). ${sv} Demonstrationsdata: datum mellan de kända uppgifterna och stödserien är illustrativa.`,
});

export async function seedFinland(now: Date) {
  const y2018 = "ottawa-withdrawal-2018";
  await ensureInitiative({
    slug: y2018,
    schemeCode: "fi-citizens-initiative",
    title: {
      en: "Finland to withdraw from the Ottawa Convention (2018 initiative)",
      fi: "Suomi eroamaan Ottawan sopimuksesta (vuoden 2018 aloite)",
      sv: "Finland ska utträda ur Ottawakonventionen (initiativet 2018)",
    },
    summary: summary(
      "2018",
      "It gathered about 9,300 statements of support and did not reach 50,000.",
      "Aloite keräsi noin 9 300 kannatusilmoitusta eikä saavuttanut 50 000:ta.",
      "Initiativet samlade cirka 9 300 stödförklaringar och nådde inte 50 000.",
    ),
    primaryLanguage: "fi",
    registeredAt: t("2018-02-01T10:00:00+02:00"),
    openedAt: t("2018-02-01T10:00:00+02:00"),
    topicSlugs: [OTTAWA],
  });
  await recordDemoSeries(
    y2018,
    [
      { at: t("2018-02-01T10:00:00+02:00"), value: 0 },
      { at: t("2018-02-15T12:00:00+02:00"), value: 6_100 },
      { at: t("2018-08-01T20:00:00+03:00"), value: 9_300 },
    ],
    24,
    2018,
  );
  await ensureStages(y2018, [{ stage: "failed", occurredAt: t("2018-08-01T23:59:59+03:00") }], now);

  const y2022 = "ottawa-withdrawal-2022";
  await ensureInitiative({
    slug: y2022,
    schemeCode: "fi-citizens-initiative",
    title: {
      en: "Finland to withdraw from the Ottawa Convention (2022 initiative)",
      fi: "Suomi eroamaan Ottawan sopimuksesta (vuoden 2022 aloite)",
      sv: "Finland ska utträda ur Ottawakonventionen (initiativet 2022)",
    },
    summary: summary(
      "2022",
      "It gathered 50,926 statements of support and went to Parliament.",
      "Aloite keräsi 50 926 kannatusilmoitusta ja eteni eduskuntaan.",
      "Initiativet samlade 50 926 stödförklaringar och gick vidare till riksdagen.",
    ),
    primaryLanguage: "fi",
    registeredAt: t("2022-03-24T09:00:00+02:00"),
    openedAt: t("2022-03-24T09:00:00+02:00"),
    topicSlugs: [OTTAWA],
  });
  await recordDemoSeries(
    y2022,
    [
      { at: t("2022-03-24T09:00:00+02:00"), value: 0 },
      { at: t("2022-04-10T12:00:00+03:00"), value: 31_000 },
      { at: t("2022-06-20T12:00:00+03:00"), value: 48_200 },
      { at: t("2022-09-24T20:00:00+03:00"), value: 50_926 },
    ],
    24,
    2022,
  );
  await ensureStages(
    y2022,
    [
      { stage: "collection-ended", occurredAt: t("2022-09-24T23:59:59+03:00") },
      { stage: "verification", occurredAt: t("2022-10-05T10:00:00+03:00") },
      { stage: "verified", occurredAt: t("2022-10-28T10:00:00+03:00") },
      { stage: "submitted", occurredAt: t("2022-11-15T10:00:00+02:00") },
    ],
    now,
  );

  const y2024 = "ottawa-withdrawal-2024";
  await ensureInitiative({
    slug: y2024,
    schemeCode: "fi-citizens-initiative",
    title: {
      en: "Finland to withdraw from the Ottawa Convention (2024 initiative)",
      fi: "Suomi eroamaan Ottawan sopimuksesta (vuoden 2024 aloite)",
      sv: "Finland ska utträda ur Ottawakonventionen (initiativet 2024)",
    },
    summary: summary(
      "2024",
      "It opened on 6 December 2024 and passed 50,000 statements of support on 9 December 2024, three days later.",
      "Aloite avattiin 6.12.2024 ja ylitti 50 000 kannatusilmoitusta 9.12.2024, kolme päivää myöhemmin.",
      "Initiativet öppnades den 6 december 2024 och passerade 50 000 stödförklaringar den 9 december 2024, tre dagar senare.",
    ),
    primaryLanguage: "fi",
    registeredAt: t("2024-12-06T09:00:00+02:00"),
    openedAt: t("2024-12-06T09:00:00+02:00"),
    topicSlugs: [OTTAWA],
  });
  await recordDemoSeries(
    y2024,
    [
      { at: t("2024-12-06T09:00:00+02:00"), value: 0 },
      { at: t("2024-12-06T23:00:00+02:00"), value: 17_800 },
      { at: t("2024-12-07T23:00:00+02:00"), value: 32_900 },
      { at: t("2024-12-08T23:00:00+02:00"), value: 44_700 },
      { at: t("2024-12-09T15:00:00+02:00"), value: 50_140 },
      { at: t("2024-12-16T12:00:00+02:00"), value: 56_300 },
      { at: t("2025-01-31T12:00:00+02:00"), value: 60_100 },
      { at: t("2025-06-06T20:00:00+03:00"), value: 62_480 },
    ],
    6,
    2024,
  );
  await ensureStages(
    y2024,
    [
      { stage: "collection-ended", occurredAt: t("2025-06-06T23:59:59+03:00") },
      { stage: "verification", occurredAt: t("2025-06-19T10:00:00+03:00") },
      { stage: "verified", occurredAt: t("2025-07-08T10:00:00+03:00") },
    ],
    now,
  );

  const muni = "helsinki-shore-path-benches-demo";
  await ensureInitiative({
    slug: muni,
    schemeCode: "fi-municipal-initiative",
    jurisdictionCode: "fi-helsinki",
    title: {
      en: "More benches along Helsinki's shore path (demo)",
      fi: "Lisää penkkejä Helsingin rantareitille (esittely)",
      sv: "Fler bänkar längs Helsingfors strandled (demo)",
    },
    summary: {
      en: "A demonstration municipal initiative, invented to show how Threshold follows the 2 % rule and the council's six-month duty.",
      fi: "Keksitty esimerkkialoite, joka näyttää, miten Threshold seuraa 2 %:n sääntöä ja valtuuston kuuden kuukauden määräaikaa.",
      sv: "Ett påhittat exempelinitiativ som visar hur Threshold följer 2 %-regeln och fullmäktiges sexmånadersfrist.",
    },
    primaryLanguage: "fi",
    registeredAt: t("2026-02-02T09:00:00+02:00"),
    openedAt: t("2026-02-02T09:00:00+02:00"),
  });
  await recordDemoSeries(
    muni,
    [
      { at: t("2026-02-02T09:00:00+02:00"), value: 0 },
      { at: t("2026-03-15T12:00:00+02:00"), value: 7_400 },
      { at: t("2026-05-29T12:00:00+03:00"), value: 11_630 },
    ],
    24,
    99,
  );
  await ensureStages(
    muni,
    [
      { stage: "submitted", occurredAt: t("2026-06-01T10:00:00+03:00") },
      { stage: "under-consideration", occurredAt: t("2026-06-15T10:00:00+03:00") },
    ],
    now,
  );

  // An open demonstration initiative near its threshold and deadline, so the home page's "close to
  // a threshold" and "closing soon" have something to show (all of it demo data).
  const libraries = "library-opening-hours-demo";
  await ensureInitiative({
    slug: libraries,
    schemeCode: "fi-citizens-initiative",
    title: {
      en: "Longer opening hours for public libraries (demo)",
      fi: "Pidemmät aukioloajat yleisiin kirjastoihin (esittely)",
      sv: "Längre öppettider för allmänna bibliotek (demo)",
    },
    summary: {
      en: "A demonstration citizens' initiative, invented to show a live collection: its count, forecast and deadline.",
      fi: "Keksitty esimerkkikansalaisaloite, joka näyttää käynnissä olevan keräyksen: määrän, ennusteen ja määräajan.",
      sv: "Ett påhittat exempel på medborgarinitiativ som visar en pågående insamling: antal, prognos och sista dag.",
    },
    primaryLanguage: "fi",
    registeredAt: t("2026-06-15T09:00:00+03:00"),
    openedAt: t("2026-06-15T09:00:00+03:00"),
  });
  await recordDemoSeries(
    libraries,
    [
      { at: t("2026-06-15T09:00:00+03:00"), value: 0 },
      { at: t("2026-07-01T12:00:00+03:00"), value: 12_400 },
      { at: t("2026-10-01T12:00:00+03:00"), value: 33_900 },
      { at: t("2026-11-29T06:00:00+02:00"), value: 41_320 },
    ],
    12,
    2026,
  );
}
