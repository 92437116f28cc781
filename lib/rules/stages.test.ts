import { describe, expect, it } from "vitest";
import { catalogRules } from "./catalog";
import { allowedNextStages, assertTransition, canTransition, legacyLadder, processView, type ProcessView } from "./stages";

const uk = catalogRules("uk-parliament-petition", new Date("2024-01-01")).definition;
const fi = catalogRules("fi-citizens-initiative", new Date("2024-12-06")).definition;
const eci = catalogRules("eci", new Date("2025-01-01")).definition;
const codes = (path: ProcessView["path"]) => path.map((s) => s.stage.code);

describe("the UK petition ladder", () => {
  it("starts open and can be responded to, scheduled for debate, closed or rejected", () => {
    expect(uk.initialStage).toBe("collecting");
    expect(allowedNextStages(uk, "collecting").map((s) => s.code)).toEqual([
      "awaiting-response",
      "responded",
      "debate-scheduled",
      "closed",
      "rejected",
    ]);
  });

  it("lets the Government respond after a debate was scheduled or held (as for petitions 171928 and 178844)", () => {
    expect(canTransition(uk, "debate-scheduled", "responded")).toBe(true);
    expect(canTransition(uk, "debated", "responded")).toBe(true);
  });

  it("lets the Government respond and Parliament debate after the petition closed", () => {
    expect(canTransition(uk, "closed", "responded")).toBe(true);
    expect(canTransition(uk, "closed", "debated")).toBe(true);
  });

  it("never leaves 'rejected', and cannot go from a debate back to waiting for a response", () => {
    expect(allowedNextStages(uk, "rejected")).toEqual([]);
    expect(canTransition(uk, "debated", "awaiting-response")).toBe(false);
    expect(() => assertTransition(uk, "rejected", "collecting")).toThrow(/cannot move/);
  });

  it("refuses a stage that is not in the rules, naming the field", () => {
    expect(() => assertTransition(uk, "collecting", "adopted")).toThrowError(
      expect.objectContaining({ code: "INVALID_INPUT", issues: [{ path: "stage", code: "unknown", message: expect.any(String) }] }),
    );
  });
});

describe("the Finnish ladder", () => {
  it("follows collection, verification and Parliament, and ends adopted, rejected, lapsed or failed", () => {
    expect(canTransition(fi, "verified", "submitted")).toBe(true);
    expect(canTransition(fi, "collecting", "submitted")).toBe(false);
    expect(canTransition(fi, "in-committee", "lapsed")).toBe(true);
    expect(allowedNextStages(fi, "plenary-decision").map((s) => s.code)).toEqual(["adopted", "rejected"]);
  });

  it("shows the stages reached with their dates, then what can happen next and the possible outcomes", () => {
    const view = processView(fi, "submitted", [
      { stage: "collecting", occurredAt: new Date("2024-12-06T00:00:00Z") },
      { stage: "collection-ended", occurredAt: new Date("2025-06-06T21:00:00Z") },
      { stage: "verification", occurredAt: new Date("2025-06-20T09:00:00Z") },
      { stage: "verified", occurredAt: new Date("2025-07-15T09:00:00Z") },
      { stage: "submitted", occurredAt: new Date("2025-08-01T09:00:00Z") },
    ]);
    expect(codes(view.path)).toEqual(["collecting", "collection-ended", "verification", "verified", "submitted"]);
    expect(view.path.find((s) => s.stage.code === "verified")?.reachedAt?.toISOString()).toBe("2025-07-15T09:00:00.000Z");
    expect(view.path.at(-1)?.current).toBe(true);
    expect(view.next.map((s) => s.code)).toEqual(["preliminary-debate", "lapsed"]);
    // Adopted and rejected are alternatives, never steps after one another; failing is no longer possible.
    expect(view.outcomes.map((s) => s.code)).toEqual(["adopted", "rejected", "lapsed"]);
    expect(view.outcome).toBeNull();
  });

  it("shows a lapsed initiative as lapsed: the path it took, no decision, nothing to come", () => {
    const view = processView(fi, "lapsed", [
      { stage: "collecting", occurredAt: new Date("2022-02-24T00:00:00Z") },
      { stage: "collection-ended", occurredAt: new Date("2022-03-10T21:59:59Z") },
      { stage: "submitted", occurredAt: new Date("2022-04-05T09:00:00Z") },
      { stage: "preliminary-debate", occurredAt: new Date("2022-04-20T09:00:00Z") },
      { stage: "in-committee", occurredAt: new Date("2022-04-20T12:00:00Z") },
      { stage: "lapsed", occurredAt: new Date("2023-04-05T00:00:00Z") },
    ]);
    expect(codes(view.path)).toEqual(["collecting", "collection-ended", "submitted", "preliminary-debate", "in-committee", "lapsed"]);
    expect(codes(view.path)).not.toContain("plenary-decision");
    expect(view.outcome?.stage.code).toBe("lapsed");
    expect(view.next).toEqual([]);
    expect(view.outcomes).toEqual([]);
  });

  it("keeps only the ending that happened once an initiative has finished", () => {
    const view = processView(fi, "failed", [{ stage: "failed", occurredAt: new Date("2019-01-01T00:00:00Z") }]);
    expect(codes(view.path)).toEqual(["failed"]);
    expect(view.outcome?.stage.code).toBe("failed");
  });

  it("marks the end of collection at the deadline when no one recorded it, and not before the deadline", () => {
    const history = [{ stage: "collecting", occurredAt: new Date("2024-12-06T00:00:00Z") }];
    const ended = processView(
      fi,
      "collecting",
      history,
      { collectionEndsAt: new Date("2025-06-06T20:59:59Z") },
      new Date("2025-06-10T00:00:00Z"),
    );
    expect(codes(ended.path)).toEqual(["collecting", "collection-ended"]);
    expect(ended.path[1]).toMatchObject({ basis: "deadline", current: false });
    expect(ended.next.map((s) => s.code)).toEqual(["verification", "failed"]);
    const open = processView(
      fi,
      "collecting",
      history,
      { collectionEndsAt: new Date("2025-06-06T20:59:59Z") },
      new Date("2025-06-01T00:00:00Z"),
    );
    expect(codes(open.path)).toEqual(["collecting"]);
    expect(open.next.map((s) => s.code)).toEqual(["collection-ended", "failed"]);
  });
});

describe("the UK petition process", () => {
  const opened = { stage: "collecting", occurredAt: new Date("2019-02-20T10:25:02Z") };

  it("lists rejection as one alternative of an open petition, not as a step after the debate", () => {
    const view = processView(uk, "collecting", [opened], {}, new Date("2019-03-01T00:00:00Z"));
    expect(codes(view.path)).toEqual(["collecting"]);
    expect(view.next.map((s) => s.code)).toEqual(["awaiting-response", "responded", "debate-scheduled", "closed", "rejected"]);
    expect(view.outcomes.map((s) => s.code)).toEqual(["rejected"]);
  });

  it("does not offer rejection once a petition was debated", () => {
    const view = processView(
      uk,
      "debated",
      [
        opened,
        { stage: "responded", occurredAt: new Date("2019-03-26T17:19:45Z") },
        { stage: "debated", occurredAt: new Date("2019-04-03T11:38:59Z") },
      ],
      { collectionEndsAt: new Date("2019-08-20T22:59:59.999Z") },
      new Date("2019-04-22T12:37:02Z"),
    );
    expect(codes(view.path)).toEqual(["collecting", "responded", "debated"]);
    expect(view.next.map((s) => s.code)).toEqual(["closed"]);
    expect(view.outcomes).toEqual([]);
  });

  it("shows a petition the source says closed as closed on its closing date, even below every threshold", () => {
    const view = processView(
      uk,
      "collecting",
      [opened],
      { closedAt: new Date("2019-08-20T22:59:59.999Z") },
      new Date("2026-12-01T00:00:00Z"),
    );
    expect(view.path.map((s) => [s.stage.code, s.reachedAt?.toISOString() ?? null, s.basis])).toEqual([
      ["collecting", "2019-02-20T10:25:02.000Z", "event"],
      ["closed", "2019-08-20T22:59:59.999Z", "closed-at"],
    ]);
    expect(view.next.map((s) => s.code)).not.toContain("rejected");
  });

  it("places the closure among the stages by date: a debate after closing comes after it", () => {
    const view = processView(
      uk,
      "debated",
      [
        opened,
        { stage: "closed", occurredAt: new Date("2019-08-20T22:59:59.999Z") },
        { stage: "debated", occurredAt: new Date("2019-10-01T15:00:00Z") },
      ],
      { closedAt: new Date("2019-08-20T22:59:59.999Z") },
    );
    expect(codes(view.path)).toEqual(["collecting", "closed", "debated"]);
    expect(view.path[1]?.basis).toBe("event");
  });

  it("offers nothing that could only lead back to stages already reached", () => {
    const view = processView(uk, "closed", [
      opened,
      { stage: "responded", occurredAt: new Date("2019-03-26T17:19:45Z") },
      { stage: "debated", occurredAt: new Date("2019-04-03T11:38:59Z") },
      { stage: "closed", occurredAt: new Date("2019-08-20T22:59:59.999Z") },
    ]);
    // "Debate scheduled" could only lead to a response, a debate or closing, all behind it.
    expect(view.next.map((s) => s.code)).toEqual(["awaiting-response"]);
  });
});

describe("the ECI ladder", () => {
  it("offers the Commission meeting, the hearing and the answer as alternatives after submission, not withdrawal", () => {
    const view = processView(eci, "submitted", [
      { stage: "registered", occurredAt: new Date("2023-01-01T00:00:00Z") },
      { stage: "collecting", occurredAt: new Date("2023-02-01T00:00:00Z") },
      { stage: "collection-closed", occurredAt: new Date("2024-02-01T00:00:00Z") },
      { stage: "submitted", occurredAt: new Date("2024-06-01T00:00:00Z") },
    ]);
    expect(view.next.map((s) => s.code)).toEqual(["commission-meeting", "parliament-hearing", "answered"]);
    expect(view.outcomes.map((s) => s.code)).toEqual(["answered"]);
  });

  it("ends a withdrawn initiative at withdrawal, with no other ending", () => {
    const view = processView(eci, "withdrawn", [
      { stage: "registered", occurredAt: new Date("2023-01-01T00:00:00Z") },
      { stage: "withdrawn", occurredAt: new Date("2023-03-01T00:00:00Z") },
    ]);
    expect(codes(view.path)).toEqual(["registered", "withdrawn"]);
    expect(view.outcome?.stage.code).toBe("withdrawn");
    expect([...view.next, ...view.outcomes]).toEqual([]);
  });

  it("allows the Commission meeting and the Parliament hearing in either order", () => {
    expect(canTransition(eci, "commission-meeting", "parliament-hearing")).toBe(true);
    expect(canTransition(eci, "parliament-hearing", "commission-meeting")).toBe(true);
    expect(canTransition(eci, "answered", "submitted")).toBe(false);
  });
});

describe("API v1's legacy ladder (deprecated, kept for existing clients)", () => {
  const history = [
    { stage: "collecting", occurredAt: new Date("2022-02-24T00:00:00Z") },
    { stage: "collection-ended", occurredAt: new Date("2022-03-10T21:59:59Z") },
    { stage: "submitted", occurredAt: new Date("2022-04-05T09:00:00Z") },
  ];

  it("lists every stage in rule order with its date, the current one, and what can no longer happen", () => {
    const ladder = legacyLadder(fi, processView(fi, "submitted", history));
    expect(ladder.map((s) => [s.stage.code, s.skipped])).toEqual([
      ["collecting", false],
      ["collection-ended", false],
      // Submitted without a recorded verification (as in 2022): those steps can no longer happen.
      ["verification", true],
      ["verified", true],
      ["submitted", false],
      ["preliminary-debate", false],
      ["in-committee", false],
      ["committee-report", false],
      ["plenary-decision", false],
      ["adopted", false],
      ["rejected", false],
      ["lapsed", false],
    ]);
    expect(ladder.find((s) => s.stage.code === "submitted")).toMatchObject({
      current: true,
      skipped: false,
      reachedAt: history[2]?.occurredAt,
    });
    expect(ladder.find((s) => s.stage.code === "adopted")).toMatchObject({ current: false, skipped: false, reachedAt: null });
    expect(ladder.some((s) => s.stage.code === "failed")).toBe(false);
  });

  it("keeps only the ending that happened once finished", () => {
    const lapsed = [...history, { stage: "lapsed", occurredAt: new Date("2023-04-05T00:00:00Z") }];
    const ladder = legacyLadder(fi, processView(fi, "lapsed", lapsed));
    expect(ladder.filter((s) => s.stage.terminal).map((s) => s.stage.code)).toEqual(["lapsed"]);
    expect(ladder.find((s) => s.stage.code === "plenary-decision")).toMatchObject({ skipped: true, reachedAt: null });
  });
});
