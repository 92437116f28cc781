import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordCounts } from "@/lib/counts/record-counts";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { isBroadSearch, listInitiatives } from "./list";
import { ZListQuery } from "./schemas";

const list = (q: Record<string, string>, now: Date) => listInitiatives(ZListQuery.parse(q), now);

describe("the initiatives list on its indexed sort keys (real PostgreSQL)", () => {
  it("filters open and closed by deadline, sorts closing soonest with no deadline last, and by facet codes", async () => {
    const word = `zq${randomUUID().slice(0, 8).replace(/-/g, "")}`;
    const title = (n: string) => ({ en: `Test ${word} ${n}` });
    const ended = await makeInitiative({ title: title("ended"), openedAt: new Date("2026-01-05T10:00:00Z") });
    const ending = await makeInitiative({ title: title("ending"), openedAt: new Date("2026-06-01T10:00:00Z") });
    const endless = await makeInitiative({
      title: title("endless"),
      schemeCode: "fi-municipal-initiative",
      jurisdictionCode: "fi-helsinki",
      openedAt: new Date("2026-03-01T10:00:00Z"),
    });
    const now = new Date("2026-09-01T12:00:00Z");
    const slugs = (l: Awaited<ReturnType<typeof listInitiatives>>) => l.items.map((i) => i.slug);

    const open = await list({ q: word, status: "open", sort: "closing" }, now);
    expect(slugs(open)).toEqual([ending.slug, endless.slug]);
    expect(open).toMatchObject({ total: 2, totalCapped: false, nextCursor: null });
    expect(slugs(await list({ q: word, status: "closed" }, now))).toEqual([ended.slug]);
    expect(slugs(await list({ q: word, jurisdiction: "fi-helsinki" }, now))).toEqual([endless.slug]);
    expect(slugs(await list({ q: word, scheme: "fi-citizens-initiative", sort: "newest" }, now))).toEqual([ending.slug, ended.slug]);
    expect(slugs(await list({ q: word, jurisdiction: "no-such-place" }, now))).toEqual([]);

    // Keyset pages on the generated sort key: one per page, nothing repeated or skipped.
    const first = await list({ q: word, sort: "closing", limit: "1" }, now);
    const second = await list({ q: word, sort: "closing", limit: "1", cursor: first.nextCursor ?? "" }, now);
    const third = await list({ q: word, sort: "closing", limit: "1", cursor: second.nextCursor ?? "" }, now);
    expect([...slugs(first), ...slugs(second), ...slugs(third)]).toEqual([ended.slug, ending.slug, endless.slug]);
    expect(third.nextCursor).toBeNull();
  });

  it("counts up to its cap, and lists a search matching more than that by signatures", async () => {
    const word = `zq${randomUUID().slice(0, 8).replace(/-/g, "")}`;
    const editor = await makeUser("EDITOR");
    // The word in the title of the least signed (the best match), in the summary of the others.
    const made = [];
    for (const [n, inTitle] of [
      [100, true],
      [300, false],
      [200, false],
    ] as const) {
      const i = await makeInitiative({
        title: { en: inTitle ? `Test ${word}` : "Test" },
        summary: { en: inTitle ? "Made by a test." : `Made by a test about ${word}.` },
      });
      await recordCounts(
        editor,
        { slug: i.slug },
        { observations: [{ value: n, observedAt: new Date("2026-01-06T10:00:00Z") }] },
        { via: "web" },
      );
      made.push(i.slug);
    }
    const [best, most, middle] = made;
    const now = new Date("2026-02-01T12:00:00Z");
    const query = ZListQuery.parse({ q: word });

    const ranked = await listInitiatives(query, now, 3);
    expect(ranked).toMatchObject({ total: 3, totalCapped: false });
    expect(isBroadSearch(query, ranked)).toBe(false);
    expect(ranked.items[0]?.slug).toBe(best);

    const broad = await listInitiatives(query, now, 2);
    expect(broad).toMatchObject({ total: 2, totalCapped: true });
    expect(isBroadSearch(query, broad)).toBe(true);
    expect(broad.items.map((i) => i.slug)).toEqual([most, middle, best]);
    // Asked for an order, it keeps it.
    const newest = ZListQuery.parse({ q: word, sort: "newest" });
    expect(isBroadSearch(newest, await listInitiatives(newest, now, 2))).toBe(false);
  });
});
