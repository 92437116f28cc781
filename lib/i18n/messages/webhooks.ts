// UI text for "webhooks" (the account's webhooks and the email when one is turned off) in every language.
import { defineMessages } from "./define";

export const webhooks = defineMessages({
  en: {
    disabledSubject: "Your Threshold webhook was turned off",
    disabledBody:
      "For about a day, every attempt to deliver a message to {url} failed (the last: {error}), so we turned this webhook off. Nothing more is sent to it.",
    disabledFix: 'Fix the endpoint, then turn the webhook back on: send PATCH /api/v1/webhooks/{id} with "enabled": true in the body.',
    disabledWhy: "You get this email because you created this webhook on Threshold.",
    developers: "Webhooks on Threshold",
  },
  fi: {
    disabledSubject: "Threshold-webhookisi poistettiin käytöstä",
    disabledBody:
      "Noin vuorokauden ajan jokainen yritys toimittaa viesti osoitteeseen {url} epäonnistui (viimeisin: {error}), joten poistimme webhookin käytöstä. Siihen ei lähetetä enää mitään.",
    disabledFix: 'Korjaa vastaanottaja ja ota webhook uudelleen käyttöön: lähetä PATCH /api/v1/webhooks/{id}, rungossa "enabled": true.',
    disabledWhy: "Saat tämän viestin, koska loit tämän webhookin Thresholdissa.",
    developers: "Webhookit Thresholdissa",
  },
  sv: {
    disabledSubject: "Din Threshold-webhook stängdes av",
    disabledBody:
      "I ungefär ett dygn misslyckades varje försök att leverera ett meddelande till {url} (det senaste: {error}), så vi stängde av webhooken. Inget mer skickas dit.",
    disabledFix: 'Rätta mottagaren och slå sedan på webhooken igen: skicka PATCH /api/v1/webhooks/{id} med "enabled": true i kroppen.',
    disabledWhy: "Du får det här meddelandet eftersom du skapade den här webhooken på Threshold.",
    developers: "Webhooks på Threshold",
  },
});
