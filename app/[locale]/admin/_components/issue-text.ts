// Field messages come from the domain's schemas in English; the admin console shows them in the
// person's language where it knows the message, and as written otherwise.
import type { Translator } from "@/lib/i18n/translator";

export const KNOWN_ISSUES: [RegExp, string][] = [
  [/^The file is not valid CSV \(line \d+\)$/, "csvInvalidLine"],
  [/^The file is not valid CSV$/, "csvInvalid"],
  [/^Unknown column/, "csvColumn"],
  [/^The header row needs a "(value|observedAt)" column$/, "csvRequired"],
  [/^The file is empty$/, "csvEmpty"],
  [/^The file has a header but no rows$/, "csvNoRows"],
  [/^Give a number$/, "number"],
  [/^Give a whole number$/, "whole"],
  [/^A count cannot be negative$/, "negative"],
  [/^A count cannot be more than/, "tooLarge"],
  [/in the future$/, "future"],
  [/is not a region of this initiative's rules$/, "region"],
  [/^(Angle brackets|HTML) are not allowed here$|^HTML is not allowed here$/, "markup"],
  [/^Give a full web address/, "url"],
  [/^Only http and https addresses are allowed$/, "urlScheme"],
  [/^Give (a|the) date/, "date"],
  [/^Give the text in at least one language$/, "oneLanguage"],
  [/^Say why the count is being corrected$/, "correctionReason"],
  [/^That count has already been corrected$/, "alreadyCorrected"],
  [/^A correction must have the same kind and region$/, "sameKind"],
  [/^Use lower-case letters, digits and single dashes$/, "slug"],
  [/^Already in use$/, "taken"],
  [/^Write the note the public will see$/, "publicNote"],
  [/^Choose at least one scope$/, "scope"],
  [/^Not allowed after/, "transition"],
  [/^Already reached on/, "stageReached"],
  [/^Must not be before the current stage began/, "beforeStage"],
  [/^This is not valid JSON$/, "json"],
  [/^Must be after .* when version/, "effectiveFrom"],
  [/^You cannot change your own role/, "ownRole"],
  [/^Unknown (scheme|topic|jurisdiction)$/, "unknown"],
  [/^Give an email address/, "email"],
  [/^Use a two-letter country code$/, "countryCode"],
  [/^Reload the page and try again$/, "reload"],
  [/^Too small|^Too big|^Invalid input|^Invalid option|^expected/i, "invalid"],
];

export function issueText(message: string, t: Translator): string {
  const found = KNOWN_ISSUES.find(([re]) => re.test(message));
  if (!found) return message;
  if (found[1] === "csvInvalidLine") return t("admin.issues.csvInvalidLine", { n: message.match(/\d+/)?.[0] ?? "" });
  return t(`admin.issues.${found[1] as "invalid"}`);
}
