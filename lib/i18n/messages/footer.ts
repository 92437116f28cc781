// UI text for "footer" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const footer = defineMessages({
  en: {
    about:
      "Threshold is an independent tracker. Counts come from official sources or are entered by editors, each with its source and time.",
    licences:
      "Contains public sector information licensed under the Open Government Licence v3.0. Source: European Citizens' Initiative register, European Commission.",
    openData: "Open data and API",
  },
  fi: {
    about:
      "Threshold on riippumaton seurantapalvelu. Luvut tulevat virallisista lähteistä tai toimittajat kirjaavat ne, aina lähteen ja ajankohdan kanssa.",
    licences:
      "Sisältää julkisen sektorin tietoja Open Government Licence v3.0 -lisenssillä. Lähde: eurooppalaisten kansalaisaloitteiden rekisteri, Euroopan komissio.",
    openData: "Avoin data ja rajapinta",
  },
  sv: {
    about:
      "Threshold är en oberoende tjänst. Siffrorna kommer från officiella källor eller förs in av redaktörer, alltid med källa och tidpunkt.",
    licences:
      "Innehåller information från den offentliga sektorn licensierad under Open Government Licence v3.0. Källa: registret över europeiska medborgarinitiativ, Europeiska kommissionen.",
    openData: "Öppna data och API",
  },
});
