import { describe, expect, it } from "vitest";
import { en, fi, sv } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/translator";
import { KNOWN_ISSUES, issueText } from "./issue-text";

describe("field messages in the person's language", () => {
  it("has a translation in every language for every message it recognises", () => {
    for (const [, key] of KNOWN_ISSUES) {
      for (const messages of [en, fi, sv]) expect(messages.admin.issues, key).toHaveProperty(key);
    }
  });

  it("translates the domain's messages, keeping numbers they carry, and shows unknown ones as written", () => {
    expect(issueText("Give a whole number", getTranslator("fi"))).toBe("Anna kokonaisluku");
    expect(issueText('"DE" is not a region of this initiative\'s rules', getTranslator("sv"))).toBe(
      "Regionen finns inte i initiativets regler",
    );
    expect(issueText("A count cannot be dated in the future", getTranslator("en"))).toBe("This cannot be in the future");
    expect(issueText("The file is not valid CSV (line 7)", getTranslator("fi"))).toBe("Tiedosto ei ole kelvollista CSV:tä (rivi 7)");
    expect(issueText("Something nobody planned for", getTranslator("fi"))).toBe("Something nobody planned for");
  });
});
