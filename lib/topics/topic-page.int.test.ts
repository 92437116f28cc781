import { describe, expect, it } from "vitest";
import { saveTopic } from "@/lib/topics/save-topic";
import { makeInitiative, makeUser, unique } from "@/lib/testing/factories";
import { findTopic } from "./queries";

const ctx = { via: "web" as const };

describe("a topic's page (real PostgreSQL)", () => {
  it("shows its newest initiatives up to the bound, with only their events, and counts them all (read either way)", async () => {
    const editor = await makeUser("EDITOR");
    const slug = unique("topic");
    await saveTopic(editor, { slug, name: { en: `Topic ${slug}` } }, ctx);
    const opened = (day: string) => new Date(`2026-02-${day}T10:00:00Z`);
    const oldest = await makeInitiative({ topicSlugs: [slug], openedAt: opened("01") });
    const middle = await makeInitiative({ topicSlugs: [slug], openedAt: opened("10") });
    const newest = await makeInitiative({ topicSlugs: [slug], openedAt: opened("20") });

    const all = await findTopic(slug);
    expect(all?.initiatives.map((i) => i.slug)).toEqual([newest.slug, middle.slug, oldest.slug]);
    expect(new Set(all?.timeline.map((e) => e.initiativeSlug))).toContain(oldest.slug);

    for (const largeFrom of [undefined, 1]) {
      const bounded = await findTopic(slug, new Date(), 2, largeFrom);
      expect(bounded?.topic.initiativeCount).toBe(3);
      expect(bounded?.initiatives.map((i) => i.slug)).toEqual([newest.slug, middle.slug]);
      const inTimeline = new Set(bounded?.timeline.map((e) => e.initiativeSlug));
      expect(inTimeline.has(oldest.slug)).toBe(false);
      expect(inTimeline.has(newest.slug)).toBe(true);
    }
  });
});
