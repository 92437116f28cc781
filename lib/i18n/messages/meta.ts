// UI text for "meta" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const meta = defineMessages({
  en: {
    siteName: "Threshold",
    tagline: "Petitions and citizens' initiatives, from first signature to the government's answer",
    description:
      "Threshold follows petitions and citizens' initiatives: signatures against every threshold, deadlines, where each one is in the process, and the official answer.",
  },
  fi: {
    siteName: "Threshold",
    tagline: "Vetoomukset ja kansalaisaloitteet ensimmäisestä allekirjoituksesta hallituksen vastaukseen",
    description:
      "Threshold seuraa vetoomuksia ja kansalaisaloitteita: allekirjoitukset suhteessa jokaiseen rajaan, määräajat, käsittelyvaihe ja virallinen vastaus.",
  },
  sv: {
    siteName: "Threshold",
    tagline: "Petitioner och medborgarinitiativ från första underskrift till regeringens svar",
    description:
      "Threshold följer petitioner och medborgarinitiativ: underskrifter mot varje gräns, tidsfrister, var i processen de är och det officiella svaret.",
  },
});
