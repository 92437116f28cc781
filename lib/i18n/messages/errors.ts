// UI text for "errors" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const errors = defineMessages({
  en: {
    notFoundTitle: "Page not found",
    notFoundBody: "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.",
    goneTitle: "This initiative has been withdrawn",
    serverTitle: "Sorry, there is a problem with the service",
    serverBody: "Try again later.",
  },
  fi: {
    notFoundTitle: "Sivua ei löytynyt",
    notFoundBody: "Jos kirjoitit osoitteen, tarkista että se on oikein. Jos liitit sen, tarkista että kopioit koko osoitteen.",
    goneTitle: "Tämä aloite on poistettu",
    serverTitle: "Valitettavasti palvelussa on ongelma",
    serverBody: "Yritä myöhemmin uudelleen.",
  },
  sv: {
    notFoundTitle: "Sidan hittades inte",
    notFoundBody: "Om du skrev adressen, kontrollera att den är rätt. Om du klistrade in den, kontrollera att du kopierade hela adressen.",
    goneTitle: "Det här initiativet har återkallats",
    serverTitle: "Tyvärr är det problem med tjänsten",
    serverBody: "Försök igen senare.",
  },
});
