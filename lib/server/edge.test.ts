import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { collectResponseTags, noteResponseTags, xkeyHeader } from "@/lib/cache/response-tags.js";
import { originsVcl } from "./edge.js";
import { purgeKeys, tagsOfNotification } from "./edge-purger.js";

describe("the cache tags a response was built from", () => {
  it("are collected per request, across awaits, without Next's implicit tags", async () => {
    const a = collectResponseTags(async () => {
      noteResponseTags(["initiative:a", "_N_T_/en/initiatives/a"]);
      await new Promise((r) => setTimeout(r, 5));
      noteResponseTags(["initiatives"]);
    });
    const b = collectResponseTags(async () => {
      await new Promise((r) => setTimeout(r, 1));
      noteResponseTags(["topic:x", "initiatives"]);
    });
    await Promise.all([a.result, b.result]);
    expect(a.tags()).toEqual(["initiative:a", "initiatives"]);
    expect(b.tags()).toEqual(["topic:x", "initiatives"]);
    expect(xkeyHeader(a.tags())).toBe("initiative:a initiatives");
    expect(xkeyHeader([])).toBeUndefined();
  });

  it("outside a request, noting is a no-op", () => {
    expect(() => noteResponseTags(["initiatives"])).not.toThrow();
  });
});

describe("the purger", () => {
  it("reads tag-bus notifications and ignores anything else", () => {
    expect(tagsOfNotification(JSON.stringify({ tags: ["initiative:a", "initiatives"] }))).toEqual(["initiative:a", "initiatives"]);
    expect(tagsOfNotification("not json")).toEqual([]);
    expect(tagsOfNotification(JSON.stringify({ other: 1 }))).toEqual([]);
    // A tag with a separator in it would purge other keys: dropped.
    expect(tagsOfNotification(JSON.stringify({ tags: ["a b", "c,d", "e"] }))).toEqual(["e"]);
  });

  it("sends PURGE with the keys in xkey-purge, and reports an edge that does not answer as 0", async () => {
    const seen: { method?: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((req, res) => {
      seen.push({ method: req.method, headers: req.headers });
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await purgeKeys(url, "initiative:a initiatives")).toBe(200);
      expect(seen[0]?.method).toBe("PURGE");
      expect(seen[0]?.headers["xkey-purge"]).toBe("initiative:a initiatives");
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(await purgeKeys(url, "*")).toBe(0);
  });
});

describe("the edge's backends", () => {
  it("one loopback backend per app process, all in the round-robin director, and the app's stale-while-revalidate", () => {
    const vcl = originsVcl([8081, 8082], 60);
    expect(vcl).toContain('backend app_1 {\n    .host = "127.0.0.1";\n    .port = "8081";');
    expect(vcl).toContain('.port = "8082";');
    expect(vcl).toContain("origin.add_backend(app_1);\n    origin.add_backend(app_2);");
    expect(vcl).toContain("set req.grace = 60s;");
  });
});
