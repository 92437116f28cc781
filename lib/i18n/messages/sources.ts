// UI text for "sources" in every language Threshold speaks (checked to have the same shape).
import { defineMessages } from "./define";

export const sources = defineMessages({
  en: {
    manual: "entered by an editor",
    api: "submitted through the API",
    demo: "demonstration data",
    synthetic: "synthetic data (invented, for measuring)",
    import: "imported from {source}",
    rule: "applied by rule",
  },
  fi: {
    manual: "toimittajan kirjaama",
    api: "rajapinnan kautta toimitettu",
    demo: "esittelyaineisto",
    synthetic: "synteettinen aineisto (keksitty, mittauksia varten)",
    import: "tuotu lähteestä {source}",
    rule: "sääntöön perustuva",
  },
  sv: {
    manual: "inmatat av en redaktör",
    api: "inlämnat via API:t",
    demo: "demonstrationsdata",
    synthetic: "syntetiska data (påhittade, för mätningar)",
    import: "importerat från {source}",
    rule: "tillämpat enligt regel",
  },
});
