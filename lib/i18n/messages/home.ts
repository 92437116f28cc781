// UI text for "home" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const home = defineMessages({
  en: {
    title: "Follow petitions and citizens' initiatives",
    lead: "How many people have signed, against every threshold that matters, what happens next and what the government answered.",
    closeToThreshold: "Close to a threshold",
    fastestGrowing: "Fastest growing",
    recentlyAnswered: "Recently answered",
    closingSoon: "Closing soon",
    nothingHere: "Nothing to show here yet.",
    browseAll: "Browse all initiatives",
    recentlyUpdated: "Latest counts",
  },
  fi: {
    title: "Seuraa vetoomuksia ja kansalaisaloitteita",
    lead: "Kuinka moni on allekirjoittanut suhteessa jokaiseen merkittävään rajaan, mitä seuraavaksi tapahtuu ja mitä hallitus vastasi.",
    closeToThreshold: "Lähellä rajaa",
    fastestGrowing: "Nopeimmin kasvavat",
    recentlyAnswered: "Äskettäin vastatut",
    closingSoon: "Päättymässä pian",
    nothingHere: "Täällä ei ole vielä mitään.",
    browseAll: "Selaa kaikkia aloitteita",
    recentlyUpdated: "Uusimmat luvut",
  },
  sv: {
    title: "Följ petitioner och medborgarinitiativ",
    lead: "Hur många som har skrivit under, mot varje gräns som spelar roll, vad som händer härnäst och vad regeringen svarade.",
    closeToThreshold: "Nära en gräns",
    fastestGrowing: "Växer snabbast",
    recentlyAnswered: "Nyligen besvarade",
    closingSoon: "Stänger snart",
    nothingHere: "Inget att visa här ännu.",
    browseAll: "Bläddra bland alla initiativ",
    recentlyUpdated: "Senaste siffrorna",
  },
});
