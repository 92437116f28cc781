import { describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findTermArchive } from "@/lib/jurisdictions/terms";
import { makeInitiative } from "@/lib/testing/factories";
import { applyTermLapses } from "./apply-term-lapses";
import { recordStageEvent } from "./record-stage-event";

const actor = systemActor("test");
const ctx = { via: "seed" } as const;

/** Walks a Finnish citizens' initiative through its ladder, one stage per date. */
async function walk(slug: string, steps: [stage: string, at: string][]) {
  for (const [stage, at] of steps) await recordStageEvent(actor, { slug }, { stage, occurredAt: at }, ctx, { source: "demo" });
}

const toParliament = (submitted: string): [string, string][] => [
  ["collection-ended", "2022-06-01T12:00:00Z"],
  ["verification", "2022-06-10T12:00:00Z"],
  ["verified", "2022-07-01T12:00:00Z"],
  ["submitted", submitted],
];

async function stageOf(slug: string) {
  return (await db().initiative.findUniqueOrThrow({ where: { slug }, select: { currentStage: true, currentStageAt: true } })).currentStage;
}

describe("initiatives lapse when the electoral term ends (real PostgreSQL, the 2019-2023 term ends on 2023-04-05)", () => {
  it("lapses one submitted the day before the term ends, dated the term's last day, once", async () => {
    const { slug } = await makeInitiative({ openedAt: new Date("2022-01-10T10:00:00Z") });
    await walk(slug, [...toParliament("2023-04-04T12:00:00Z"), ["preliminary-debate", "2023-04-04T14:00:00Z"]]);
    // The term is not over on its last day: nothing lapses yet.
    expect((await applyTermLapses(actor, ctx, new Date("2023-04-05T20:00:00Z"))).lapsed).not.toContain(slug);
    expect((await applyTermLapses(actor, ctx, new Date("2023-04-06T00:00:01Z"))).lapsed).toContain(slug);
    const lapse = await db().stageEvent.findFirstOrThrow({ where: { initiative: { slug }, stage: "lapsed" } });
    expect(lapse.occurredAt.toISOString()).toBe("2023-04-05T23:59:59.999Z");
    expect(lapse.source).toBe("rule:electoral-term");
    expect((await applyTermLapses(actor, ctx)).lapsed).not.toContain(slug);
    expect(await db().stageEvent.count({ where: { initiative: { slug }, stage: "lapsed" } })).toBe(1);

    const archive = await findTermArchive("fi", "2019-2023");
    expect(archive?.initiatives.find((i) => i.slug === slug)).toMatchObject({ outcome: "lapsed", stage: { code: "lapsed" } });
  });

  it("does not lapse one decided on the term's last day; the archive shows the decision", async () => {
    const { slug } = await makeInitiative({ openedAt: new Date("2022-01-10T10:00:00Z") });
    await walk(slug, [
      ...toParliament("2023-03-01T12:00:00Z"),
      ["preliminary-debate", "2023-03-02T12:00:00Z"],
      ["in-committee", "2023-03-03T12:00:00Z"],
      ["committee-report", "2023-03-20T12:00:00Z"],
      ["plenary-decision", "2023-04-05T09:00:00Z"],
      ["rejected", "2023-04-05T10:00:00Z"],
    ]);
    expect((await applyTermLapses(actor, ctx)).lapsed).not.toContain(slug);
    expect(await stageOf(slug)).toBe("rejected");
    const archive = await findTermArchive("fi", "2019-2023");
    expect(archive?.initiatives.find((i) => i.slug === slug)).toMatchObject({ outcome: "decided", stage: { code: "rejected" } });
  });

  it("leaves alone one submitted in the current term, and one never submitted", async () => {
    const current = await makeInitiative({ openedAt: new Date("2022-01-10T10:00:00Z") });
    await walk(current.slug, toParliament("2023-06-01T12:00:00Z"));
    const collecting = await makeInitiative({ openedAt: new Date("2022-01-10T10:00:00Z") });
    const { lapsed } = await applyTermLapses(actor, ctx);
    expect(lapsed).not.toContain(current.slug);
    expect(lapsed).not.toContain(collecting.slug);
    const archive = await findTermArchive("fi", "2019-2023");
    expect(archive?.initiatives.map((i) => i.slug)).not.toContain(current.slug);
    expect((await findTermArchive("fi", "2023-2027"))?.initiatives.find((i) => i.slug === current.slug)).toMatchObject({
      outcome: "pending",
    });
    expect(await findTermArchive("fi", "1999-2003")).toBeNull();
    expect(await findTermArchive("uk", "2019-2023")).toBeNull();
  });
});
