// UI text for "privacy": the privacy notice and a person's own data (download, delete), in every language.
import { defineMessages } from "./define";

export const privacy = defineMessages({
  en: {
    title: "Privacy notice",
    lead: "What Threshold stores about you, why, for how long, and who sees it.",
    footerLink: "Privacy",
    visitTitle: "When you read the site",
    visit: "Public pages set no cookies and carry no analytics or advertising trackers. The server keeps no record of who read what.",
    accountTitle: "When you have an account",
    account:
      "We store your email address (and the name your organisation's sign-in sends, if any), your language, your role, your sign-in sessions, what you follow, your notification choices, your notifications, the emails we send you, the names and dates of any API tokens (never the token itself), and your webhook subscriptions.",
    whyTitle: "Why",
    why: "Only to sign you in, to send the updates you asked for, and to keep the site secure (limits on sign-in emails).",
    howLongTitle: "For how long",
    howLong:
      "Until you delete your account. A sign-in link works for minutes; a session ends after 30 days without a visit and 90 days at most; sign-in limits are forgotten after 15 minutes.",
    whoTitle: "Who sees it",
    who: "You. Admins see email addresses and roles, to manage access. Changes editors make are recorded in an audit trail with their address; when an editor deletes their account, a pseudonym takes its place. Emails go out through our mail service. Nothing is sold or shared for marketing.",
    rightsTitle: "Your data",
    rights: "Signed in, you can download everything stored about you, and delete your account, at any time:",
    myDataLink: "Your data: download or delete",
    deleted: "Your account and everything personal about it have been deleted.",
    dataTitle: "Your data",
    dataLead: "Everything Threshold stores about you, to download, and your account, to delete.",
    downloadTitle: "Download your data",
    download:
      "One JSON file with your account, sign-in sessions, follows, notification choices, notifications, emails sent to you and your API tokens' names and dates.",
    downloadLink: "Download my data (JSON)",
    deleteTitle: "Delete your account",
    delete:
      "This removes your account, your follows, choices, notifications, emails and tokens, and signs you out everywhere. It cannot be undone. Counts and changes you entered as an editor stay, recorded under a pseudonym.",
    confirmLabel: "To confirm, type your email address: {email}",
    deleteButton: "Delete my account",
  },
  fi: {
    title: "Tietosuojaseloste",
    lead: "Mitä Threshold tallentaa sinusta, miksi, kuinka kauan ja kuka sen näkee.",
    footerLink: "Tietosuoja",
    visitTitle: "Kun luet sivustoa",
    visit: "Julkiset sivut eivät aseta evästeitä eivätkä sisällä analytiikka- tai mainosseurantaa. Palvelin ei kirjaa, kuka luki mitäkin.",
    accountTitle: "Kun sinulla on tili",
    account:
      "Tallennamme sähköpostiosoitteesi (ja organisaatiosi kirjautumisen lähettämän nimen, jos sellainen on), kielesi, roolisi, kirjautumisistuntosi, seuraamasi asiat, ilmoitusvalintasi, ilmoituksesi, sinulle lähettämämme sähköpostit API-tunnisteidesi nimet ja päivämäärät (ei koskaan itse tunnistetta) sekä webhook-tilauksesi.",
    whyTitle: "Miksi",
    why: "Vain kirjautumista varten, pyytämiesi päivitysten lähettämiseksi ja sivuston turvallisuuden vuoksi (kirjautumissähköpostien rajoitukset).",
    howLongTitle: "Kuinka kauan",
    howLong:
      "Kunnes poistat tilisi. Kirjautumislinkki toimii minuutteja; istunto päättyy 30 päivän käyttämättömyyden jälkeen ja viimeistään 90 päivässä; kirjautumisrajoitukset unohdetaan 15 minuutissa.",
    whoTitle: "Kuka sen näkee",
    who: "Sinä. Ylläpitäjät näkevät sähköpostiosoitteet ja roolit käyttöoikeuksien hallintaa varten. Toimittajien muutokset kirjataan lokiin heidän osoitteellaan; kun toimittaja poistaa tilinsä, osoitteen tilalle tulee salanimi. Sähköpostit lähtevät postipalvelumme kautta. Mitään ei myydä eikä jaeta markkinointiin.",
    rightsTitle: "Tietosi",
    rights: "Kirjautuneena voit milloin tahansa ladata kaikki sinusta tallennetut tiedot ja poistaa tilisi:",
    myDataLink: "Tietosi: lataa tai poista",
    deleted: "Tilisi ja kaikki siihen liittyvät henkilötiedot on poistettu.",
    dataTitle: "Tietosi",
    dataLead: "Kaikki, mitä Threshold tallentaa sinusta, ladattavaksi, ja tilisi, poistettavaksi.",
    downloadTitle: "Lataa tietosi",
    download:
      "Yksi JSON-tiedosto: tilisi, kirjautumisistunnot, seuraamasi asiat, ilmoitusvalinnat, ilmoitukset, sinulle lähetetyt sähköpostit sekä API-tunnisteidesi nimet ja päivämäärät.",
    downloadLink: "Lataa tietoni (JSON)",
    deleteTitle: "Poista tilisi",
    delete:
      "Tämä poistaa tilisi, seurantasi, valintasi, ilmoituksesi, sähköpostisi ja tunnisteesi ja kirjaa sinut ulos kaikkialta. Poistoa ei voi perua. Toimittajana kirjaamasi luvut ja muutokset jäävät, salanimellä merkittyinä.",
    confirmLabel: "Vahvista kirjoittamalla sähköpostiosoitteesi: {email}",
    deleteButton: "Poista tilini",
  },
  sv: {
    title: "Dataskyddsbeskrivning",
    lead: "Vad Threshold sparar om dig, varför, hur länge och vem som ser det.",
    footerLink: "Dataskydd",
    visitTitle: "När du läser webbplatsen",
    visit: "Offentliga sidor sätter inga kakor och har inga analys- eller reklamspårare. Servern registrerar inte vem som läste vad.",
    accountTitle: "När du har ett konto",
    account:
      "Vi sparar din e-postadress (och namnet som din organisations inloggning skickar, om något), ditt språk, din roll, dina inloggningssessioner, vad du följer, dina aviseringsval, dina aviseringar, e-post vi skickar dig namn och datum för dina API-nycklar (aldrig själva nyckeln) samt dina webhook-prenumerationer.",
    whyTitle: "Varför",
    why: "Bara för att logga in dig, skicka de uppdateringar du bett om och hålla webbplatsen säker (gränser för inloggningsmejl).",
    howLongTitle: "Hur länge",
    howLong:
      "Tills du raderar ditt konto. En inloggningslänk fungerar i några minuter; en session upphör efter 30 dagar utan besök och senast efter 90 dagar; inloggningsgränser glöms efter 15 minuter.",
    whoTitle: "Vem ser det",
    who: "Du. Administratörer ser e-postadresser och roller för att hantera åtkomst. Redaktörers ändringar registreras i en logg med deras adress; när en redaktör raderar sitt konto ersätts adressen av en pseudonym. E-post skickas via vår e-posttjänst. Inget säljs eller delas för marknadsföring.",
    rightsTitle: "Dina uppgifter",
    rights: "Inloggad kan du när som helst ladda ner allt som sparats om dig och radera ditt konto:",
    myDataLink: "Dina uppgifter: ladda ner eller radera",
    deleted: "Ditt konto och alla personuppgifter i det har raderats.",
    dataTitle: "Dina uppgifter",
    dataLead: "Allt Threshold sparar om dig, att ladda ner, och ditt konto, att radera.",
    downloadTitle: "Ladda ner dina uppgifter",
    download:
      "En JSON-fil med ditt konto, inloggningssessioner, vad du följer, aviseringsval, aviseringar, e-post som skickats till dig och dina API-nycklars namn och datum.",
    downloadLink: "Ladda ner mina uppgifter (JSON)",
    deleteTitle: "Radera ditt konto",
    delete:
      "Detta tar bort ditt konto, det du följer, dina val, aviseringar, e-post och nycklar, och loggar ut dig överallt. Det kan inte ångras. Antal och ändringar du matat in som redaktör finns kvar, under en pseudonym.",
    confirmLabel: "Bekräfta genom att skriva din e-postadress: {email}",
    deleteButton: "Radera mitt konto",
  },
});
