import { describe, expect, it } from "vitest";
import { withdrawInitiative } from "@/lib/initiatives/withdraw-initiative";
import { saveTopic } from "@/lib/topics/save-topic";
import { makeInitiative, makeUser, unique } from "@/lib/testing/factories";
import { findTopicNeighbours } from "./queries";

const ctx = { via: "web" as const };

describe("the initiatives a status page offers to compare with (real PostgreSQL)", () => {
  it("are others of its topics, topic by topic, newest opened first, without withdrawn ones or repeats, up to the limit", async () => {
    const editor = await makeUser("EDITOR");
    const admin = await makeUser("ADMIN");
    const [first, second] = [unique("topic"), unique("topic")];
    for (const slug of [first, second]) await saveTopic(editor, { slug, name: { en: `Topic ${slug}` } }, ctx);
    const opened = (day: string) => new Date(`2026-01-${day}T10:00:00Z`);
    const self = await makeInitiative({ topicSlugs: [first, second], openedAt: opened("20") });
    const older = await makeInitiative({ topicSlugs: [first], openedAt: opened("05") });
    const newer = await makeInitiative({ topicSlugs: [first, second], openedAt: opened("10") });
    const withdrawn = await makeInitiative({ topicSlugs: [first], openedAt: opened("15") });
    await withdrawInitiative(admin, { slug: withdrawn.slug }, { expectedVersion: 1, reason: "Withdrawn by its organisers" }, ctx);
    const onlySecond = await makeInitiative({ topicSlugs: [second], openedAt: opened("25") });

    const titleOf = (slug: string) => ({ slug, title: { en: `Test initiative ${slug}` } });
    // Both ways of reading a topic (sorting a small one's members, walking the index for a large
    // one: every topic counts as large from one member) give the same answers.
    for (const largeFrom of [undefined, 1]) {
      const neighbours = (topics: string[], limit: number) => findTopicNeighbours(self.slug, topics, limit, largeFrom);
      expect(await neighbours([first, second], 4)).toEqual([newer.slug, older.slug, onlySecond.slug].map(titleOf));
      expect(await neighbours([second, first], 4)).toEqual([onlySecond.slug, newer.slug, older.slug].map(titleOf));
      expect(await neighbours([first, second], 1)).toEqual([titleOf(newer.slug)]);
      expect(await neighbours([], 4)).toEqual([]);
      expect(await neighbours(["no-such-topic", first], 1)).toEqual([titleOf(newer.slug)]);
    }
  });
});
