import "server-only";
// Finland's three citizens' initiatives to withdraw from the Ottawa mine ban convention, and a
// municipal initiative. The known facts are real and sourced (lib/seed/SOURCES.md): 2018
// (kansalaisaloite.fi 2954) opened 2018-02-08 and closed 2018-08-08 with 9,383 statements; 2022
// opened 2022-02-24, was 2,321 short on the evening of 2022-03-05, passed 50,000 on 2022-03-06
// (final 50,926), became KAA 4/2022 vp and was referred to the Foreign Affairs Committee on
// 2022-04-20; 2024 opened 2024-12-06 and passed 50,000 on 2024-12-09. Stages with a source carry
// it; the count series between known points and the stage dates nobody published are
// demonstration data (source "demo").
import { recordDemoSeries, ensureInitiative, ensureStages } from "./context";

const t = (iso: string) => new Date(iso);
const OTTAWA = "ottawa-convention-withdrawal";
const KANSALAISALOITE_2954 = "https://www.kansalaisaloite.fi/fi/aloite/2954";
const KAA_4_2022_REFERRAL = "https://www.eduskunta.fi/FI/vaski/PoytakirjaAsiakohta/Sivut/PTK_41+2022+7.aspx";

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
      "Collection ran from 8 February to 8 August 2018 and closed with 9,383 statements of support, well short of 50,000.",
      "Keräys kesti 8.2.–8.8.2018 ja päättyi 9 383 kannatusilmoitukseen, selvästi alle 50 000:n.",
      "Insamlingen pågick 8 februari–8 augusti 2018 och slutade med 9 383 stödförklaringar, långt under 50 000.",
    ),
    primaryLanguage: "fi",
    registeredAt: t("2018-02-08T10:00:00+02:00"),
    openedAt: t("2018-02-08T10:00:00+02:00"),
    externalUrl: KANSALAISALOITE_2954,
    topicSlugs: [OTTAWA],
  });
  await recordDemoSeries(
    y2018,
    [
      { at: t("2018-02-08T10:00:00+02:00"), value: 0 },
      { at: t("2018-08-08T23:59:00+03:00"), value: 9_383 },
    ],
    24,
    2018,
  );
  await ensureStages(y2018, [{ stage: "failed", occurredAt: t("2018-08-08T23:59:59+03:00"), sourceUrl: KANSALAISALOITE_2954 }], now);

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
      "Launched on 24 February 2022, it passed 50,000 statements of support on 6 March 2022 (50,926 in the end) and went to Parliament as KAA 4/2022 vp, which referred it to the Foreign Affairs Committee on 20 April 2022.",
      "Aloite avattiin 24.2.2022, se ylitti 50 000 kannatusilmoitusta 6.3.2022 (lopulta 50 926) ja eteni eduskuntaan asiana KAA 4/2022 vp, joka lähetettiin ulkoasiainvaliokuntaan 20.4.2022.",
      "Initiativet öppnades den 24 februari 2022, passerade 50 000 stödförklaringar den 6 mars 2022 (till slut 50 926) och gick till riksdagen som MI 4/2022 rd, som remitterades till utrikesutskottet den 20 april 2022.",
    ),
    primaryLanguage: "fi",
    registeredAt: t("2022-02-24T09:00:00+02:00"),
    openedAt: t("2022-02-24T09:00:00+02:00"),
    topicSlugs: [OTTAWA],
  });
  // Known: 2,321 short of 50,000 at 22:27 on 5 March, 50,000 on 6 March, 50,926 at the end (its day
  // was not published; the series ends it before the verification below).
  await recordDemoSeries(
    y2022,
    [
      { at: t("2022-02-24T09:00:00+02:00"), value: 0 },
      { at: t("2022-03-05T22:27:00+02:00"), value: 47_679 },
      { at: t("2022-03-06T20:00:00+02:00"), value: 50_050 },
      { at: t("2022-03-10T20:00:00+02:00"), value: 50_926 },
    ],
    12,
    2022,
  );
  await ensureStages(
    y2022,
    [
      // Not published: the day collection ended, the DVV's check and the delivery to Parliament,
      // only that all came before the referral debate (demonstration dates in between).
      { stage: "collection-ended", occurredAt: t("2022-03-10T23:59:59+02:00") },
      { stage: "verification", occurredAt: t("2022-03-14T10:00:00+02:00") },
      { stage: "verified", occurredAt: t("2022-03-28T10:00:00+03:00") },
      { stage: "submitted", occurredAt: t("2022-04-05T10:00:00+03:00") },
      { stage: "preliminary-debate", occurredAt: t("2022-04-20T14:00:00+03:00"), sourceUrl: KAA_4_2022_REFERRAL },
      { stage: "in-committee", occurredAt: t("2022-04-20T14:01:00+03:00"), sourceUrl: KAA_4_2022_REFERRAL },
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
