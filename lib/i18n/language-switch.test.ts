import { describe, expect, it } from "vitest";
import { languageSwitchTarget } from "./language-switch";

const host = "threshold.example";
const at = (path: string, referer: string | null = null, method = "GET") =>
  languageSwitchTarget(new URL(`https://${host}${path}`), method, { referer, host })?.toString() ?? null;

describe("languageSwitchTarget", () => {
  it("sends a `?lang=` link to the same page in that language", () => {
    expect(at("/initiatives/ottawa?lang=fi")).toBe(`https://${host}/fi/initiatives/ottawa`);
    expect(at("/fi/initiatives/ottawa?lang=sv")).toBe(`https://${host}/sv/initiatives/ottawa`);
    expect(at("/sv/initiatives/ottawa?lang=en")).toBe(`https://${host}/initiatives/ottawa`);
    expect(at("/fi?lang=en")).toBe(`https://${host}/`);
    expect(at("/?lang=fi")).toBe(`https://${host}/fi`);
  });

  it("keeps the page's filters, from the address or from the Referer of the same page", () => {
    expect(at("/initiatives?topic=energy&lang=fi")).toBe(`https://${host}/fi/initiatives?topic=energy`);
    expect(at("/initiatives?lang=sv", `https://${host}/initiatives?topic=energy&sort=newest`)).toBe(
      `https://${host}/sv/initiatives?topic=energy&sort=newest`,
    );
  });

  it("takes no query from another page, another host or a Referer that is not an address", () => {
    expect(at("/initiatives?lang=fi", `https://${host}/topics?x=1`)).toBe(`https://${host}/fi/initiatives`);
    expect(at("/initiatives?lang=fi", "https://elsewhere.example/initiatives?topic=x")).toBe(`https://${host}/fi/initiatives`);
    expect(at("/initiatives?lang=fi", "not a url")).toBe(`https://${host}/fi/initiatives`);
  });

  it("never leads to another site, whatever slashes the path holds", () => {
    expect(at("/fi//evil.example/x?lang=en")).toBe(`https://${host}/evil.example/x`);
    expect(at("//evil.example?lang=fi")).toBe(`https://${host}/fi//evil.example`);
    for (const path of ["/fi//evil.example?lang=en", "/sv///evil.example?lang=en", "/en//evil.example?lang=en"]) {
      expect(new URL(at(path) as string).host).toBe(host);
      expect(new URL(at(path) as string).pathname.startsWith("//")).toBe(false);
    }
  });

  it("drops an unknown language and leaves other requests alone", () => {
    expect(at("/fi/initiatives?lang=de")).toBe(`https://${host}/fi/initiatives`);
    expect(at("/initiatives")).toBeNull();
    expect(at("/initiatives?lang=fi", null, "POST")).toBeNull();
  });
});
