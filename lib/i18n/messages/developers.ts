// UI text for "developers" (the open data page) in every language.
import { defineMessages } from "./define";

export const developers = defineMessages({
  en: {
    title: "Open data and API",
    lead: "Everything Threshold shows is open data: JSON, CSV, Atom feeds and calendars, free to use with credit to the original sources.",
    endpoints: "Endpoints",
    method: "Method",
    path: "Path",
    description: "What it returns",
    openapi: "The full API description (OpenAPI 3.1)",
    conventions: "Conventions",
    conventionTimes: "Every number comes with the time it was observed (ISO 8601, UTC) and its source.",
    conventionText: "Text is given by language: an object with en, fi and sv keys, whichever exist.",
    conventionErrors:
      "Errors are JSON, an error object with a code, a message and, for invalid input, one issue per field or parameter; a bad query parameter gets status 400.",
    conventionPaging: "Lists are paged with a cursor: pass nextCursor back as cursor until it is null.",
    conventionCache: "Read endpoints are public, cacheable for a few seconds and open to any origin (CORS).",
    feedsTitle: "Feeds and calendars",
    feedsAll: "Everything that happens, as an Atom feed",
    feedsInitiative: "One initiative, one topic or one jurisdiction: add /feed.atom to its page address.",
    calendar: "An initiative's deadlines as a calendar: add /calendar.ics to its page address.",
    badgeTitle: "Embed a badge",
    badgeText: "Show an initiative's count and progress on your site:",
    licenceTitle: "Licences",
    example: "Example",
    webhooksTitle: "Webhooks",
    webhooksText:
      "Instead of polling, have Threshold POST to your https address when an initiative is registered, reaches a threshold, changes stage or gets a response, or a topic gets a new event. Sign in, create a personal token with the webhooks scope, then create a subscription:",
    webhooksVerify:
      "Every message is signed with Standard Webhooks (headers webhook-id, webhook-timestamp and webhook-signature). Verify it with your secret before trusting it, for example in Node.js with the standardwebhooks package:",
    webhooksRetry:
      "Answer with any 2xx status within a few seconds. Otherwise the same message (same webhook-id) is retried after 5 seconds, 5 minutes, 30 minutes, 2, 5, 10 and 10 hours; after that the webhook is turned off and you get an email. Each subscription's delivery log is at /api/v1/webhooks/ID/deliveries.",
    webhooksTypes: "Event types",
    webhooksOptIn:
      "count.recorded is opt-in: it is sent once for every batch of counts recorded for an initiative (with the newest total, when it was observed and its source), so a subscription gets it only when its events list names it. A subscription with no events listed gets every other type.",
  },
  fi: {
    title: "Avoin data ja rajapinta",
    lead: "Kaikki Thresholdin näyttämä on avointa dataa: JSON, CSV, Atom-syötteet ja kalenterit, vapaasti käytettävissä alkuperäiset lähteet mainiten.",
    endpoints: "Rajapinnan osoitteet",
    method: "Metodi",
    path: "Polku",
    description: "Mitä se palauttaa",
    openapi: "Rajapinnan koko kuvaus (OpenAPI 3.1)",
    conventions: "Käytännöt",
    conventionTimes: "Jokaisen luvun mukana on sen havaintoaika (ISO 8601, UTC) ja lähde.",
    conventionText: "Tekstit annetaan kielittäin: olio, jossa on olemassa olevat avaimet en, fi ja sv.",
    conventionErrors:
      "Virheet ovat JSONia: error-olio, jossa on koodi, viesti ja virheellisille syötteille yksi huomautus kenttää tai parametria kohden; virheellinen kyselyparametri saa tilakoodin 400.",
    conventionPaging: "Listat sivutetaan kursorilla: anna nextCursor takaisin cursor-parametrina, kunnes se on null.",
    conventionCache: "Lukuosoitteet ovat julkisia, välimuistissa muutaman sekunnin ja avoimia kaikille alkuperille (CORS).",
    feedsTitle: "Syötteet ja kalenterit",
    feedsAll: "Kaikki tapahtumat Atom-syötteenä",
    feedsInitiative: "Yksi aloite, aihe tai alue: lisää sivun osoitteeseen /feed.atom.",
    calendar: "Aloitteen määräajat kalenterina: lisää sivun osoitteeseen /calendar.ics.",
    badgeTitle: "Upota merkki",
    badgeText: "Näytä aloitteen allekirjoitusmäärä ja edistyminen omalla sivustollasi:",
    licenceTitle: "Lisenssit",
    example: "Esimerkki",
    webhooksTitle: "Webhookit",
    webhooksText:
      "Kyselemisen sijaan Threshold voi lähettää POST-pyynnön https-osoitteeseesi, kun aloite rekisteröidään, saavuttaa rajan, vaihtaa vaihetta tai saa vastauksen, tai kun aiheeseen lisätään tapahtuma. Kirjaudu sisään, luo henkilökohtainen avain, jolla on webhooks-oikeus, ja luo tilaus:",
    webhooksVerify:
      "Jokainen viesti on allekirjoitettu Standard Webhooks -tavalla (otsakkeet webhook-id, webhook-timestamp ja webhook-signature). Tarkista allekirjoitus salaisuudellasi ennen kuin luotat viestiin, esimerkiksi Node.js:ssä standardwebhooks-paketilla:",
    webhooksRetry:
      "Vastaa millä tahansa 2xx-tilalla muutamassa sekunnissa. Muuten sama viesti (sama webhook-id) lähetetään uudelleen 5 sekunnin, 5 minuutin, 30 minuutin sekä 2, 5, 10 ja 10 tunnin kuluttua; sen jälkeen webhook poistetaan käytöstä ja saat sähköpostin. Kunkin tilauksen toimitusloki on osoitteessa /api/v1/webhooks/ID/deliveries.",
    webhooksTypes: "Tapahtumatyypit",
    webhooksOptIn:
      "count.recorded on valinnainen: se lähetetään kerran jokaisesta aloitteelle kirjatusta lukuerästä (uusin kokonaismäärä, sen havaintoaika ja lähde), joten tilaus saa sen vain, jos sen events-luettelo mainitsee sen. Tilaus, jolla ei ole events-luetteloa, saa kaikki muut tyypit.",
  },
  sv: {
    title: "Öppna data och API",
    lead: "Allt Threshold visar är öppna data: JSON, CSV, Atom-flöden och kalendrar, fria att använda med angivande av de ursprungliga källorna.",
    endpoints: "Ändpunkter",
    method: "Metod",
    path: "Sökväg",
    description: "Vad den returnerar",
    openapi: "Hela API-beskrivningen (OpenAPI 3.1)",
    conventions: "Konventioner",
    conventionTimes: "Varje siffra har sin observationstid (ISO 8601, UTC) och sin källa.",
    conventionText: "Text ges per språk: ett objekt med de nycklar en, fi och sv som finns.",
    conventionErrors:
      "Fel är JSON, ett error-objekt med kod, meddelande och, för felaktiga uppgifter, en anmärkning per fält eller parameter; en felaktig frågeparameter ger status 400.",
    conventionPaging: "Listor bläddras med en markör: skicka tillbaka nextCursor som cursor tills den är null.",
    conventionCache: "Läsändpunkterna är offentliga, cachebara några sekunder och öppna för alla ursprung (CORS).",
    feedsTitle: "Flöden och kalendrar",
    feedsAll: "Allt som händer som ett Atom-flöde",
    feedsInitiative: "Ett initiativ, ett ämne eller ett område: lägg till /feed.atom till sidans adress.",
    calendar: "Ett initiativs tidsfrister som kalender: lägg till /calendar.ics till sidans adress.",
    badgeTitle: "Bädda in en skylt",
    badgeText: "Visa ett initiativs antal och framsteg på din webbplats:",
    licenceTitle: "Licenser",
    example: "Exempel",
    webhooksTitle: "Webhooks",
    webhooksText:
      "I stället för att fråga om och om igen kan Threshold skicka en POST till din https-adress när ett initiativ registreras, når en gräns, byter skede eller får ett svar, eller när ett ämne får en ny händelse. Logga in, skapa en personlig nyckel med behörigheten webhooks och skapa sedan en prenumeration:",
    webhooksVerify:
      "Varje meddelande är signerat enligt Standard Webhooks (rubrikerna webhook-id, webhook-timestamp och webhook-signature). Kontrollera signaturen med din hemlighet innan du litar på meddelandet, till exempel i Node.js med paketet standardwebhooks:",
    webhooksRetry:
      "Svara med valfri 2xx-status inom några sekunder. Annars skickas samma meddelande (samma webhook-id) igen efter 5 sekunder, 5 minuter, 30 minuter, 2, 5, 10 och 10 timmar; därefter stängs webhooken av och du får ett e-postmeddelande. Varje prenumerations leveranslogg finns på /api/v1/webhooks/ID/deliveries.",
    webhooksTypes: "Händelsetyper",
    webhooksOptIn:
      "count.recorded är frivillig: den skickas en gång för varje omgång antal som registreras för ett initiativ (med den senaste totalen, när den observerades och dess källa), så en prenumeration får den bara om dess events-lista nämner den. En prenumeration utan events-lista får alla andra typer.",
  },
});
