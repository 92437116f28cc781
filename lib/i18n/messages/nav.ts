// UI text for "nav" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const nav = defineMessages({
  en: {
    skip: "Skip to main content",
    home: "Home",
    initiatives: "Initiatives",
    topics: "Topics",
    rules: "Rules",
    developers: "Open data",
    language: "Language",
    signIn: "Sign in",
    account: "Your account",
    admin: "Admin",
    mainNavigation: "Main navigation",
  },
  fi: {
    skip: "Siirry pääsisältöön",
    home: "Etusivu",
    initiatives: "Aloitteet",
    topics: "Aiheet",
    rules: "Säännöt",
    developers: "Avoin data",
    language: "Kieli",
    signIn: "Kirjaudu sisään",
    account: "Oma tili",
    admin: "Ylläpito",
    mainNavigation: "Päävalikko",
  },
  sv: {
    skip: "Hoppa till huvudinnehållet",
    home: "Startsida",
    initiatives: "Initiativ",
    topics: "Ämnen",
    rules: "Regler",
    developers: "Öppna data",
    language: "Språk",
    signIn: "Logga in",
    account: "Ditt konto",
    admin: "Administration",
    mainNavigation: "Huvudmeny",
  },
});
