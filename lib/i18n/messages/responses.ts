// UI text for "responses" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const responses = defineMessages({
  en: {
    kinds: {
      GOVERNMENT_RESPONSE: "Government response",
      DEBATE: "Debate",
      COMMUNICATION: "Commission communication",
      DECISION: "Decision",
    },
    decisions: {
      ADOPTED: "Adopted",
      PARTIALLY_ADOPTED: "Partly adopted",
      REJECTED: "Rejected",
      NOTED: "Noted, no decision",
      LAPSED: "Lapsed",
    },
  },
  fi: {
    kinds: { GOVERNMENT_RESPONSE: "Hallituksen vastaus", DEBATE: "Keskustelu", COMMUNICATION: "Komission tiedonanto", DECISION: "Päätös" },
    decisions: {
      ADOPTED: "Hyväksytty",
      PARTIALLY_ADOPTED: "Osittain hyväksytty",
      REJECTED: "Hylätty",
      NOTED: "Merkitty tiedoksi, ei päätöstä",
      LAPSED: "Rauennut",
    },
  },
  sv: {
    kinds: { GOVERNMENT_RESPONSE: "Regeringens svar", DEBATE: "Debatt", COMMUNICATION: "Kommissionens meddelande", DECISION: "Beslut" },
    decisions: {
      ADOPTED: "Godkänt",
      PARTIALLY_ADOPTED: "Delvis godkänt",
      REJECTED: "Förkastat",
      NOTED: "Antecknat, inget beslut",
      LAPSED: "Förfallit",
    },
  },
});
