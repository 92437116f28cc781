import "server-only";
// Topics and their cross-jurisdiction timelines. Timeline events outside tracked initiatives each
// cite the page that states them (lib/seed/ottawa-timeline.ts, lib/seed/SOURCES.md).
import { addTopicEvent, saveTopic } from "@/lib/topics/save-topic";
import { seedActor, seedCtx } from "./context";
import { ottawaTimeline } from "./ottawa-timeline";

const OTTAWA = "ottawa-convention-withdrawal";

export async function seedTopics() {
  await saveTopic(
    seedActor,
    {
      slug: OTTAWA,
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

  // The withdrawals, one dated and sourced event per country and step.
  for (const e of ottawaTimeline()) {
    await addTopicEvent(seedActor, { topicSlug: OTTAWA, ...e }, seedCtx);
  }
}
