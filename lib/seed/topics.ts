import "server-only";
// Topics and their cross-jurisdiction timelines. Timeline events outside tracked initiatives cite
// the UN depositary record of the Ottawa Convention, where withdrawals are registered.
import { addTopicEvent, saveTopic } from "@/lib/topics/save-topic";
import { seedActor, seedCtx } from "./context";

const UN_OTTAWA = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26";

export async function seedTopics() {
  await saveTopic(
    seedActor,
    {
      slug: "ottawa-convention-withdrawal",
      name: { en: "Ottawa Convention withdrawal", fi: "Ottawan sopimuksesta eroaminen", sv: "Utträde ur Ottawakonventionen" },
      description: {
        en: "Initiatives and decisions on leaving the 1997 convention banning anti-personnel mines.",
        fi: "Aloitteet ja päätökset jalkaväkimiinat kieltävästä vuoden 1997 sopimuksesta eroamisesta.",
        sv: "Initiativ och beslut om att lämna 1997 års konvention om förbud mot antipersonella minor.",
      },
    },
    seedCtx,
  );
  await saveTopic(
    seedActor,
    {
      slug: "eu-membership",
      name: { en: "EU membership", fi: "EU-jäsenyys", sv: "EU-medlemskap" },
      description: {
        en: "Petitions about the United Kingdom's membership of the European Union.",
        fi: "Vetoomukset Yhdistyneen kuningaskunnan EU-jäsenyydestä.",
        sv: "Petitioner om Förenade kungarikets medlemskap i EU.",
      },
    },
    seedCtx,
  );
  await saveTopic(
    seedActor,
    {
      slug: "elections",
      name: { en: "Elections and voting rights", fi: "Vaalit ja äänioikeus", sv: "Val och rösträtt" },
    },
    seedCtx,
  );

  const events = [
    {
      occurredAt: "2025-03-18T12:00:00Z",
      title: {
        en: "Estonia, Latvia, Lithuania and Poland: defence ministers recommend withdrawing",
        fi: "Viro, Latvia, Liettua ja Puola: puolustusministerit suosittelevat eroamista",
        sv: "Estland, Lettland, Litauen och Polen: försvarsministrarna rekommenderar utträde",
      },
    },
    {
      occurredAt: "2025-04-01T12:00:00Z",
      countryCode: "FI",
      jurisdictionCode: "fi",
      title: {
        en: "Finland: the government announces it will prepare withdrawal",
        fi: "Suomi: hallitus ilmoittaa valmistelevansa eroamista",
        sv: "Finland: regeringen meddelar att den förbereder utträde",
      },
    },
  ];
  for (const e of events) {
    await addTopicEvent(seedActor, { topicSlug: "ottawa-convention-withdrawal", sourceUrl: UN_OTTAWA, ...e }, seedCtx);
  }
}
