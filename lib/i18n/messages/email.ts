// UI text for "email" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const email = defineMessages({
  en: {
    signInSubject: "Sign in to Threshold",
    signInIntro: "Use this link to sign in to Threshold. It works once, for {minutes} minutes.",
    signInButton: "Sign in",
    signInIgnore: "If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.",
    footer: "Threshold follows petitions and citizens' initiatives.",
  },
  fi: {
    signInSubject: "Kirjaudu Thresholdiin",
    signInIntro: "Kirjaudu Thresholdiin tällä linkillä. Se toimii kerran, {minutes} minuutin ajan.",
    signInButton: "Kirjaudu sisään",
    signInIgnore: "Jos et pyytänyt kirjautumista, voit jättää tämän viestin huomiotta: kukaan ei voi kirjautua ilman linkkiä.",
    footer: "Threshold seuraa vetoomuksia ja kansalaisaloitteita.",
  },
  sv: {
    signInSubject: "Logga in på Threshold",
    signInIntro: "Använd den här länken för att logga in på Threshold. Den fungerar en gång, i {minutes} minuter.",
    signInButton: "Logga in",
    signInIgnore: "Om du inte bad om att logga in kan du bortse från det här meddelandet: ingen kan logga in utan länken.",
    footer: "Threshold följer petitioner och medborgarinitiativ.",
  },
});
