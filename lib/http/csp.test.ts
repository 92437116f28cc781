import { describe, expect, it } from "vitest";
import { parseCspReports } from "./csp-report";
import { cspFor, EMBEDDABLE, PER_REQUEST_PAGES } from "./csp.js";

const production = { NODE_ENV: "production", APP_URL: "https://threshold.example" };

describe("the Content-Security-Policy", () => {
  it("locks down plugins, <base>, framing and form targets, never allows eval, and reports", () => {
    for (const policy of [cspFor(production), cspFor(production, { nonce: "abc" })]) {
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("form-action 'self'");
      expect(policy).toContain("upgrade-insecure-requests");
      expect(policy).toContain("report-uri /api/csp-report; report-to csp");
      expect(policy).not.toContain("unsafe-eval");
    }
    expect(cspFor(production, { nonce: "abc" })).toContain("script-src 'nonce-abc' 'strict-dynamic';");
    expect(cspFor(production, { frameAncestors: "*" })).toContain("frame-ancestors *");
    expect(cspFor({ ...production, OIDC_ISSUER: "https://login.example.org/realms/x" })).toContain(
      "form-action 'self' https://login.example.org;",
    );
  });

  it("knows which pages render per request and which may be framed", () => {
    for (const p of ["/me", "/fi/me/preferences", "/admin", "/sv/admin/users", "/auth/signin", "/unsubscribe"])
      expect(PER_REQUEST_PAGES.test(p)).toBe(true);
    for (const p of ["/", "/initiatives/x", "/meetings", "/fi/topics/a", "/authors"]) expect(PER_REQUEST_PAGES.test(p)).toBe(false);
    for (const p of ["/initiatives/x/badge.svg", "/fi/initiatives/x/embed"]) expect(EMBEDDABLE.test(p)).toBe(true);
    expect(EMBEDDABLE.test("/initiatives/x")).toBe(false);
  });
});

describe("violation reports", () => {
  it("reads both formats, truncating fields and dropping control characters", () => {
    const legacy = JSON.stringify({
      "csp-report": {
        "document-uri": "https://t.example/me",
        "effective-directive": "script-src-elem",
        "blocked-uri": `https://evil.example/${"x".repeat(500)}\n`,
      },
    });
    const [one] = parseCspReports(legacy) ?? [];
    expect(one?.directive).toBe("script-src-elem");
    expect(String(one?.blocked)).toHaveLength(200);
    const modern = JSON.stringify([
      { type: "csp-violation", body: { documentURL: "https://t.example/", effectiveDirective: "img-src", lineNumber: 3 } },
      { type: "other", body: {} },
    ]);
    expect(parseCspReports(modern)).toEqual([{ document: "https://t.example/", directive: "img-src", line: 3 }]);
    expect(parseCspReports("not json")).toBeNull();
    expect(parseCspReports("{}")).toBeNull();
  });
});
