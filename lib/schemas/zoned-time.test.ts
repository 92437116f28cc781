import { describe, expect, it } from "vitest";
import { fromLocalInput, toLocalInput, zoneFields } from "./zoned-time";

describe("datetime-local fields in the initiative's time zone", () => {
  it("reads a local time in Helsinki, winter and summer", () => {
    expect(fromLocalInput("2026-01-06T12:00", "Europe/Helsinki")).toBe("2026-01-06T10:00:00.000Z");
    expect(fromLocalInput("2026-07-06T12:00", "Europe/Helsinki")).toBe("2026-07-06T09:00:00.000Z");
    expect(fromLocalInput("2026-07-06T12:00:30", "Europe/London")).toBe("2026-07-06T11:00:30.000Z");
  });

  it("leaves other values for the schema to judge", () => {
    expect(fromLocalInput("2026-01-06", "Europe/Helsinki")).toBe("2026-01-06");
    expect(fromLocalInput("2026-01-06T10:00:00Z", "Europe/Helsinki")).toBe("2026-01-06T10:00:00Z");
    expect(fromLocalInput("yesterday", "Europe/Helsinki")).toBe("yesterday");
    expect(fromLocalInput(undefined, "Europe/Helsinki")).toBeUndefined();
  });

  it("writes a stored time back as the form shows it", () => {
    expect(toLocalInput("2026-01-06T10:00:00.000Z", "Europe/Helsinki")).toBe("2026-01-06T12:00");
    expect(toLocalInput(null, "Europe/Helsinki")).toBe("");
  });

  it("converts named fields of a nested input, leaving the input itself as it was", () => {
    const input = { observedAt: "2026-01-06T12:00", documents: [{ title: "x" }], nested: { at: "2026-01-06T12:00" } };
    expect(zoneFields(input, ["observedAt", "nested.at", "missing"], "Europe/Helsinki")).toEqual({
      observedAt: "2026-01-06T10:00:00.000Z",
      documents: [{ title: "x" }],
      nested: { at: "2026-01-06T10:00:00.000Z" },
    });
    expect(input.observedAt).toBe("2026-01-06T12:00");
    expect(zoneFields("not an object", ["x"], "UTC")).toBe("not an object");
  });
});
