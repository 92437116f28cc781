import { describe, expect, it } from "vitest";
import { recordCounts } from "@/lib/counts/record-counts";
import { db } from "@/lib/db";
import { publishResponse } from "@/lib/responses/publish-response";
import { saveTopic } from "@/lib/topics/save-topic";
import { makeInitiative, makeUser, unique } from "@/lib/testing/factories";
import { summarySelect } from "./queries";
import { summariesByIds } from "./summaries";
import { toSummary } from "./to-dto";

const ctx = { via: "web" as const };

describe("initiative summaries in one statement (real PostgreSQL)", () => {
  it("tell what Prisma's select of the same rows tells, in the order asked, topics sorted and the latest response", async () => {
    const editor = await makeUser("EDITOR");
    const [b, a] = [unique("topic-b"), unique("topic-a")];
    for (const slug of [b, a]) await saveTopic(editor, { slug, name: { en: `Topic ${slug}`, fi: `Aihe ${slug}` } }, ctx);
    const full = await makeInitiative({ topicSlugs: [b, a], jurisdictionCode: "fi-helsinki", schemeCode: "fi-municipal-initiative" });
    await recordCounts(editor, { slug: full.slug }, { observations: [{ value: 1234, observedAt: new Date("2026-01-06T10:00:00Z") }] }, ctx);
    for (const day of ["2026-03-01", "2026-04-02"]) {
      await publishResponse(
        editor,
        { slug: full.slug },
        { kind: "DECISION", respondingBody: { en: "Council" }, respondedAt: new Date(`${day}T09:00:00Z`), summary: { en: "Decided." } },
        ctx,
      );
    }
    const bare = await makeInitiative();
    const ids = (await db().initiative.findMany({ where: { slug: { in: [full.slug, bare.slug] } }, select: { id: true, slug: true } }))
      .sort((x, y) => (x.slug === bare.slug ? -1 : y.slug === bare.slug ? 1 : 0))
      .map((r) => r.id);
    const now = new Date("2026-05-01T12:00:00Z");

    const got = await summariesByIds([...ids, "no-such-id"], now);
    const reference = await Promise.all(
      ids.map(async (id) => toSummary(await db().initiative.findUniqueOrThrow({ where: { id }, select: summarySelect }), now)),
    );
    expect(got).toEqual(reference);
    expect(got.map((s) => s.slug)).toEqual([bare.slug, full.slug]);
    expect(got[1]).toMatchObject({
      topics: [{ slug: a }, { slug: b }],
      lastResponseAt: "2026-04-02T09:00:00.000Z",
      latestTotal: { value: 1234 },
      jurisdiction: { code: "fi-helsinki" },
    });
    expect(got[0]).toMatchObject({ topics: [], lastResponseAt: null, latestTotal: null });
  });
});
