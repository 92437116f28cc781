import { describe, expect, it } from "vitest";
import { parseSignInEmail } from "./identifier";

describe("a sign-in identifier is exactly one address", () => {
  it.each([
    ["Person@Example.org", "person@example.org"],
    ["  person@example.org ", "person@example.org"],
    ["first.last+tag@sub.example.co.uk", "first.last+tag@sub.example.co.uk"],
    ["anna@bücher.de", "anna@xn--bcher-kva.de"],
    ["o'neil@example.ie", "o'neil@example.ie"],
  ])("accepts %j as %j", (raw, email) => expect(parseSignInEmail(raw)).toEqual({ ok: true, email }));

  it.each([
    ["", "missing"],
    [undefined, "missing"],
    [["a@x.org", "b@y.org"], "several"],
    [{ toString: (): string => "a@x.org" }, "missing"],
    ["a@x.org,b@y.org", "several"],
    ["a@x.org; b@y.org", "several"],
    ["a@x.org b@y.org", "several"],
    ["Name <a@x.org>", "display-name"],
    ['"a@x.org"@y.org', "display-name"],
    ["a@x.org\r\nBcc: b@y.org", "format"],
    ["a@x.org%0d%0abcc:b@y.org", "format"],
    ["a@x.org\n", "format"],
    ["a@x.org,", "format"],
    ["a@b@x.org", "format"],
    ["a%b@x.org", "format"],
    ["host!a@x.org", "format"],
    ["a＠x.org", "format"],
    ["a@x.org＠y.org", "format"],
    ["аdmin@x.org", "format"], // Cyrillic а in the local part
    ["a@localhost", "format"],
    ["a@[127.0.0.1]", "format"],
    ["a@-x.org", "format"],
    [`${"a".repeat(65)}@x.org`, "format"],
    [`a@${`${"b".repeat(60)}.`.repeat(5)}org`, "too-long"],
    ["a".repeat(10_000), "too-long"],
  ])("refuses %j (%s)", (raw, error) => expect(parseSignInEmail(raw)).toEqual({ ok: false, error }));
});
