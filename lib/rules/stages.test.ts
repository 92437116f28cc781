import { describe, expect, it } from "vitest";
import { catalogRules } from "./catalog";
import { allowedNextStages, assertTransition, canTransition, ladder } from "./stages";

const uk = catalogRules("uk-parliament-petition", new Date("2024-01-01")).definition;
const fi = catalogRules("fi-citizens-initiative", new Date("2024-12-06")).definition;
const eci = catalogRules("eci", new Date("2025-01-01")).definition;

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

  it("shows reached stages with their dates and hides endings no longer possible", () => {
    const steps = ladder(fi, "submitted", [
      { stage: "collecting", occurredAt: new Date("2024-12-06T00:00:00Z") },
      { stage: "collection-ended", occurredAt: new Date("2025-06-06T21:00:00Z") },
      { stage: "verification", occurredAt: new Date("2025-06-20T09:00:00Z") },
      { stage: "verified", occurredAt: new Date("2025-07-15T09:00:00Z") },
      { stage: "submitted", occurredAt: new Date("2025-08-01T09:00:00Z") },
    ]);
    const codes = steps.map((s) => s.stage.code);
    expect(codes).not.toContain("failed");
    expect(codes).toEqual(expect.arrayContaining(["adopted", "rejected", "lapsed"]));
    expect(steps.find((s) => s.current)?.stage.code).toBe("submitted");
    expect(steps.find((s) => s.stage.code === "verified")?.reachedAt?.toISOString()).toBe("2025-07-15T09:00:00.000Z");
  });

  it("keeps only the ending that happened once an initiative has finished", () => {
    const steps = ladder(fi, "failed", [{ stage: "failed", occurredAt: new Date("2019-01-01T00:00:00Z") }]);
    expect(steps.filter((s) => s.stage.terminal).map((s) => s.stage.code)).toEqual(["failed"]);
  });
});

describe("the ECI ladder", () => {
  it("allows the Commission meeting and the Parliament hearing in either order", () => {
    expect(canTransition(eci, "commission-meeting", "parliament-hearing")).toBe(true);
    expect(canTransition(eci, "parliament-hearing", "commission-meeting")).toBe(true);
    expect(canTransition(eci, "answered", "submitted")).toBe(false);
  });
});
