// UI text for "initiative" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const initiative = defineMessages({
  en: {
    signatures: "{count, plural, one {# signature} other {# signatures}}",
    of: "{value} of {target}",
    asOf: "as of {date}",
    source: "Source: {source}",
    noCount: "No count recorded yet",
    stage: "Stage",
    deadline: "Deadline",
    daysLeft: "{days, plural, =0 {Closes today} one {# day left} other {# days left}}",
    ended: "Collection ended {date}",
    withdrawn: "Withdrawn",
    perDay: "{count} a day",
  },
  fi: {
    signatures: "{count, plural, one {# allekirjoitus} other {# allekirjoitusta}}",
    of: "{value} / {target}",
    asOf: "tilanne {date}",
    source: "Lähde: {source}",
    noCount: "Lukua ei ole vielä kirjattu",
    stage: "Vaihe",
    deadline: "Määräaika",
    daysLeft: "{days, plural, =0 {Päättyy tänään} one {# päivä jäljellä} other {# päivää jäljellä}}",
    ended: "Keräys päättyi {date}",
    withdrawn: "Poistettu",
    perDay: "{count} päivässä",
  },
  sv: {
    signatures: "{count, plural, one {# underskrift} other {# underskrifter}}",
    of: "{value} av {target}",
    asOf: "per {date}",
    source: "Källa: {source}",
    noCount: "Inget antal registrerat ännu",
    stage: "Skede",
    deadline: "Sista dag",
    daysLeft: "{days, plural, =0 {Stänger i dag} one {# dag kvar} other {# dagar kvar}}",
    ended: "Insamlingen avslutades {date}",
    withdrawn: "Återkallat",
    perDay: "{count} per dag",
  },
});
