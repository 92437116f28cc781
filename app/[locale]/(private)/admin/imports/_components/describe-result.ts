// An import's last result in words. Pure.
import type { TImportLastResult } from "@/lib/importers/queries";
import type { Translator } from "@/lib/i18n/translator";

export function describeResult(r: TImportLastResult, t: Translator): string {
  if (r.notModified) return t("imports.resultNotModified");
  const parts = [
    r.created ? t("imports.resultCreated") : "",
    r.observationsAdded ? t("imports.resultCounts", { count: r.observationsAdded }) : "",
    r.observationsCorrected ? t("imports.resultCorrected", { count: r.observationsCorrected }) : "",
    r.stagesAdded ? t("imports.resultStages", { count: r.stagesAdded }) : "",
    r.responsesAdded ? t("imports.resultResponses", { count: r.responsesAdded }) : "",
    r.responsesUpdated ? t("imports.resultResponsesUpdated", { count: r.responsesUpdated }) : "",
    r.warnings ? t("imports.resultWarnings", { count: r.warnings }) : "",
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : t("imports.resultNoChange");
}
