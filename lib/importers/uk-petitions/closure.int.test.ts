// A petition the source says closed reads as closed on its closing date, whatever its count, also
// when stages later than the closure were recorded first (real PostgreSQL).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getInitiativeStatus } from "@/lib/initiatives/queries";
import { recordStageEvent } from "@/lib/stages/record-stage-event";
import { uniqueNumber, withId } from "@/lib/testing/importers";
import { applyPlan } from "../apply-plan";
import type { ImportPlan } from "../plan";
import { readUkJson } from "./read";

// Petition 104309: 22 signatures, closed on 2016-01-20 at 23:59:59.999 (state "closed" in the archive).
const FILE = path.resolve(
  import.meta.dirname,
  "../fixtures/real/uk-petitions/jonty/petitions/2015-2017_Conservative_government/104309.json",
);
const CLOSED_AT = "2016-01-20T23:59:59.999Z";

function plan(): { id: string; plan: ImportPlan } {
  const id = uniqueNumber();
  return { id, plan: readUkJson(`${id}.json`, withId(readFileSync(FILE, "utf8"), "104309", id))[0] as ImportPlan };
}

const slugOf = async (id: string) =>
  (await db().initiative.findFirstOrThrow({ where: { externalSource: "uk-petitions", externalId: id }, select: { slug: true } })).slug;

describe("closure of a UK petition from the source", () => {
  it("shows a closed petition below every threshold as closed on the source's closing date", async () => {
    const { id, plan: p } = plan();
    expect(p.thresholdsReached).toEqual([]);
    const result = await applyPlan(p);
    expect(result).toMatchObject({ stagesAdded: 1, warnings: [] });

    const status = await getInitiativeStatus(await slugOf(id), new Date("2026-12-01T00:00:00Z"));
    expect(status.thresholds.every((t) => !t.reached)).toBe(true);
    expect(status.process.path.map((s) => [s.code, s.reachedAt, s.basis, s.current])).toEqual([
      ["collecting", expect.any(String), "event", false],
      ["closed", CLOSED_AT, "event", true],
    ]);
    const event = await db().stageEvent.findFirstOrThrow({ where: { initiative: { externalId: id }, stage: "closed" } });
    expect(event).toMatchObject({ source: "import:uk-petitions", sourceUrl: expect.stringContaining(id) });
  });

  it("records the source's closure in the history when a later stage is already recorded, leaving the current stage", async () => {
    const { id, plan: p } = plan();
    await applyPlan({ ...p, observations: [], stages: [], responses: [], thresholdsReached: [] });
    const slug = await slugOf(id);
    // An editor recorded a response dated after the petition closed.
    await recordStageEvent(systemActor("test"), { slug }, { stage: "responded", occurredAt: "2016-02-01T12:00:00Z" }, { via: "cli" });

    const result = await applyPlan(p);
    expect(result).toMatchObject({ stagesAdded: 1, warnings: [] });
    const initiative = await db().initiative.findUniqueOrThrow({ where: { slug } });
    expect(initiative).toMatchObject({ currentStage: "responded", closedAt: new Date(CLOSED_AT) });
    const event = await db().stageEvent.findFirstOrThrow({ where: { initiativeId: initiative.id, stage: "closed" } });
    expect(event).toMatchObject({ occurredAt: new Date(CLOSED_AT), source: "import:uk-petitions", sourceUrl: expect.stringContaining(id) });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: event.id, action: "stage_event.create" } });
    expect(audit).toMatchObject({
      via: "import",
      after: expect.objectContaining({ stage: "responded", pastStage: "closed", closedAt: CLOSED_AT }),
    });

    const status = await getInitiativeStatus(slug, new Date("2026-12-01T00:00:00Z"));
    expect(status.process.path.map((s) => [s.code, s.basis, s.current])).toEqual([
      ["collecting", "event", false],
      ["closed", "event", false],
      ["responded", "event", true],
    ]);
    expect(status.process.path[1]?.reachedAt).toBe(CLOSED_AT);
    expect(status.stageEvents.find((e) => e.stage === "closed")).toMatchObject({ source: "import:uk-petitions" });

    // Importing the same file again adds nothing.
    expect(await applyPlan(p)).toMatchObject({ stagesAdded: 0, warnings: [] });
  });
});
