// A scheduled debate or hearing recorded as a stage event: on the status with its date and
// documents, and in the initiative's calendar as an all-day event on that date (real PostgreSQL).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { recordStageEvent } from "@/lib/stages/record-stage-event";
import { makeInitiative, makeUser } from "@/lib/testing/factories";
import { initiativeCalendar } from "./calendar";
import { getInitiativeStatus } from "./queries";

describe("a scheduled debate", () => {
  it("is on the status with its documents and in the calendar as a VEVENT on its date", async () => {
    const editor = await makeUser("EDITOR");
    const { slug } = await makeInitiative({ schemeCode: "uk-parliament-petition", title: { en: "Keep the night buses" } });
    await recordStageEvent(
      editor,
      { slug },
      {
        stage: "debate-scheduled",
        occurredAt: "2026-02-01T10:00:00Z",
        // 16:30 in London on 9 March 2026, the scheme's time zone.
        scheduledFor: "2026-03-09T16:30:00Z",
        documents: [{ title: "Debate pack", url: "https://commonslibrary.parliament.uk/research-briefings/cdp-2026-0001/" }],
      },
      { via: "web" },
    );

    const status = await getInitiativeStatus(slug, new Date("2026-02-02T00:00:00Z"));
    expect(status.stageEvents.find((e) => e.stage === "debate-scheduled")).toEqual(
      expect.objectContaining({
        stage: "debate-scheduled",
        scheduledFor: "2026-03-09T16:30:00.000Z",
        documents: [{ title: "Debate pack", url: "https://commonslibrary.parliament.uk/research-briefings/cdp-2026-0001/" }],
      }),
    );

    const pageUrl = `https://threshold.example/initiatives/${slug}`;
    const calendar = new ICAL.Component(ICAL.parse(initiativeCalendar(status, "en", pageUrl)) as unknown[]);
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const debate = events.find((e) => e.summary.startsWith("Debate scheduled"));
    expect(debate?.summary).toBe("Debate scheduled: Keep the night buses");
    expect(debate?.startDate.toString()).toBe("2026-03-09");
    expect(debate?.startDate.isDate).toBe(true);
    expect(debate?.component.getFirstPropertyValue("url")).toBe(pageUrl);
  });
});
