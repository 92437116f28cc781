import { describe, expect, it } from "vitest";
import { nextSyncAt } from "./schedule";

const now = new Date("2026-03-01T12:00:00Z");
const minutesAfter = (d: Date) => (d.getTime() - now.getTime()) / 60_000;

describe("when a synced resource is due again", () => {
  it("waits the interval after a success and doubles it per consecutive failure, up to the cap", () => {
    const schedule = { intervalMinutes: 10, maxBackoffMinutes: 360 };
    expect([0, 1, 2, 3, 5, 6, 12].map((failures) => minutesAfter(nextSyncAt(now, failures, schedule)))).toEqual([
      10, 20, 40, 80, 320, 360, 360,
    ]);
  });
});
