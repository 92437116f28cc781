// UI text for "sources" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const sources = defineMessages({
  en: {
    manual: "entered by an editor",
    api: "submitted through the API",
    demo: "demonstration data",
    import: "imported from {source}",
    rule: "applied by rule",
  },
  fi: {
    manual: "toimittajan kirjaama",
    api: "rajapinnan kautta toimitettu",
    demo: "esittelyaineisto",
    import: "tuotu lähteestä {source}",
    rule: "sääntöön perustuva",
  },
  sv: {
    manual: "inmatat av en redaktör",
    api: "inlämnat via API:t",
    demo: "demonstrationsdata",
    import: "importerat från {source}",
    rule: "tillämpat enligt regel",
  },
});
