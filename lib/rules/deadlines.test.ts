import { describe, expect, it } from "vitest";
import { catalogRules } from "./catalog";
import { collectionDeadline, evaluateClocks, timeLeft } from "./deadlines";

const fi = catalogRules("fi-citizens-initiative", new Date("2024-12-06")).definition;
const eci = catalogRules("eci", new Date("2025-06-01")).definition;
const muni = catalogRules("fi-municipal-initiative", new Date("2025-06-01")).definition;

describe("the Finnish six-month collection window", () => {
  it("ends at the end of the same day number six months later, Helsinki time", () => {
    // The 2024 Ottawa withdrawal initiative opened on 6 December 2024.
    const deadline = collectionDeadline(fi, new Date("2024-12-06T08:00:00+02:00"));
    expect(deadline?.toISOString()).toBe("2025-06-06T20:59:59.999Z"); // 23:59:59.999 EEST
  });

  it("counts from the local date even when the UTC date is the day before", () => {
    // 00:30 on 1 March in Helsinki is still 28 February in UTC.
    const deadline = collectionDeadline(fi, new Date("2025-03-01T00:30:00+02:00"));
    expect(deadline?.toISOString()).toBe("2025-09-01T20:59:59.999Z");
  });

  it("ends on the last day of a shorter month (31 August + 6 months = 28 February)", () => {
    const deadline = collectionDeadline(fi, new Date("2025-08-31T12:00:00+03:00"));
    expect(deadline?.toISOString()).toBe("2026-02-28T21:59:59.999Z"); // 23:59:59.999 EET
  });

  it("is open on the last day and ended one millisecond after", () => {
    const deadline = collectionDeadline(fi, new Date("2024-12-06T08:00:00+02:00")) as Date;
    expect(timeLeft(deadline, new Date("2025-06-06T20:00:00Z"), fi.timeZone)).toMatchObject({ status: "open", daysLeft: 0 });
    expect(timeLeft(deadline, new Date("2025-06-05T09:00:00Z"), fi.timeZone)).toMatchObject({ status: "open", daysLeft: 1 });
    // One millisecond later it is 00:00 on 7 June in Helsinki: the collection ended yesterday.
    expect(timeLeft(deadline, new Date(deadline.getTime() + 1), fi.timeZone)).toMatchObject({ status: "ended", daysAgo: 1 });
    expect(timeLeft(deadline, new Date("2025-06-08T10:00:00Z"), fi.timeZone)).toMatchObject({ status: "ended", daysAgo: 2 });
  });

  it("has no deadline for schemes without a collection window", () => {
    expect(collectionDeadline(muni, new Date("2025-01-01T00:00:00Z"))).toBeNull();
    expect(timeLeft(null, new Date(), "Europe/Helsinki")).toEqual({ status: "none" });
  });
});

describe("statutory clocks", () => {
  const submitted = new Date("2025-11-12T10:00:00+01:00");
  const history = [
    { stage: "collecting", occurredAt: new Date("2024-06-01T10:00:00Z") },
    { stage: "submitted", occurredAt: submitted },
  ];
  const byCode = (states: ReturnType<typeof evaluateClocks>, code: string) => states.find((s) => s.clock.code === code);

  it("has not started before the anchor stage", () => {
    const states = evaluateClocks(eci, history.slice(0, 1), {}, new Date("2025-01-01T00:00:00Z"));
    expect(states.every((s) => s.status === "not-started")).toBe(true);
  });

  it("runs until its due date and counts the days left", () => {
    const states = evaluateClocks(eci, history, {}, new Date("2025-12-01T12:00:00+01:00"));
    expect(byCode(states, "commission-meeting")).toMatchObject({ status: "running", daysLeft: 11 });
    expect(byCode(states, "communication")?.status === "running" && byCode(states, "communication")).toMatchObject({
      dueAt: new Date("2026-05-12T21:59:59.999Z"),
    });
  });

  it("reports a missed duty as overdue by calendar days ('due 12 May 2026, 12 days overdue')", () => {
    const states = evaluateClocks(eci, history, {}, new Date("2026-05-24T09:00:00+02:00"));
    expect(byCode(states, "communication")).toMatchObject({ status: "overdue", daysOverdue: 12 });
  });

  it("is met on time when the stopping stage comes on the due date, and late by days after", () => {
    const onTime = evaluateClocks(
      eci,
      [...history, { stage: "answered", occurredAt: new Date("2026-05-12T18:00:00+02:00") }],
      {},
      new Date("2026-06-01T00:00:00Z"),
    );
    expect(byCode(onTime, "communication")).toMatchObject({ status: "met", onTime: true, daysLate: 0 });
    const late = evaluateClocks(
      eci,
      [...history, { stage: "answered", occurredAt: new Date("2026-05-15T09:00:00+02:00") }],
      {},
      new Date("2026-06-01T00:00:00Z"),
    );
    expect(byCode(late, "communication")).toMatchObject({ status: "met", onTime: false, daysLate: 3 });
  });

  it("starts a clock from a key date (Finland: send statements for verification within 6 months)", () => {
    const states = evaluateClocks(fi, [], { closedAt: new Date("2025-06-06T20:59:59.999Z") }, new Date("2025-07-01T00:00:00Z"));
    expect(states[0]).toMatchObject({ status: "running", dueAt: new Date("2025-12-06T21:59:59.999Z") });
  });
});
