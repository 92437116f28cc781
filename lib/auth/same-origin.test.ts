import { describe, expect, it } from "vitest";
import { isSameOrigin, publicOrigins } from "./same-origin";

const post = (headers: Record<string, string>) => new Request("http://internal-host:3000/follow", { method: "POST", headers });

describe("the one same-origin rule", () => {
  const ours = publicOrigins()[0] as string;

  it("accepts our public origin, and only it (never the request's own host)", () => {
    expect(isSameOrigin(post({ Origin: ours, Cookie: "s=1" }))).toBe(true);
    expect(isSameOrigin(post({ Origin: "https://evil.example", Cookie: "s=1" }))).toBe(false);
    expect(isSameOrigin(post({ Origin: "http://internal-host:3000", Cookie: "s=1" }))).toBe(ours === "http://internal-host:3000");
    expect(isSameOrigin(post({ Origin: "null", Cookie: "s=1" }))).toBe(false);
  });

  it("without an Origin, needs Sec-Fetch-Site: same-origin", () => {
    expect(isSameOrigin(post({ Cookie: "s=1", "Sec-Fetch-Site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(post({ Cookie: "s=1", "Sec-Fetch-Site": "same-site" }))).toBe(false);
    expect(isSameOrigin(post({ Cookie: "s=1" }))).toBe(false);
    expect(isSameOrigin(post({}))).toBe(false);
  });

  it("needs no Origin from a Bearer-token request (no cookies are used)", () => {
    expect(isSameOrigin(post({ Authorization: "Bearer thr_x" }))).toBe(true);
  });
});
