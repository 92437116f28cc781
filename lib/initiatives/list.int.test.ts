import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordCounts } from "@/lib/counts/record-counts";
import { saveTopic } from "@/lib/topics/save-topic";
import { makeInitiative, makeUser, unique } from "@/lib/testing/factories";
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

  it("counts a topic's initiatives up to its cap, and pages through equal counts without repeating or skipping", async () => {
    const editor = await makeUser("EDITOR");
    const topic = unique("topic");
    await saveTopic(editor, { slug: topic, name: { en: "A topic" } }, { via: "web" });
    const made: string[] = [];
    for (const value of [500, 500, 500, 900]) {
      const i = await makeInitiative({ topicSlugs: [topic] });
      await recordCounts(
        editor,
        { slug: i.slug },
        { observations: [{ value, observedAt: new Date("2026-01-06T10:00:00Z") }] },
        { via: "web" },
      );
      made.push(i.slug);
    }
    const now = new Date("2026-02-01T12:00:00Z");
    expect(await listInitiatives(ZListQuery.parse({ topic }), now)).toMatchObject({ total: 4, totalCapped: false });
    expect(await listInitiatives(ZListQuery.parse({ topic }), now, 3)).toMatchObject({ total: 3, totalCapped: true });
    expect(await listInitiatives(ZListQuery.parse({ topic, status: "closed" }), now)).toMatchObject({ total: 0 });

    // By count, two at a time: the most signed, then the three tied at 500, each exactly once.
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page: Awaited<ReturnType<typeof listInitiatives>> = await listInitiatives(
        ZListQuery.parse({ topic, sort: "count", limit: "2", ...(cursor ? { cursor } : {}) }),
        now,
      );
      seen.push(...page.items.map((i) => i.slug));
      cursor = page.nextCursor;
    }
    expect(seen[0]).toBe(made[3]);
    expect([...seen.slice(1)].sort()).toEqual(made.slice(0, 3).sort());
    expect(seen).toHaveLength(4);
  });
});
