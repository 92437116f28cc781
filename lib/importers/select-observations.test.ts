import { describe, expect, it } from "vitest";
import type { TObservation } from "@/lib/counts/schemas";
import { selectObservations, type StoredPoint } from "./select-observations";

const at = (iso: string) => new Date(iso);
const obs = (value: number, iso: string, region = "", kind: TObservation["kind"] = "TOTAL"): TObservation => ({
  value,
  kind,
  region,
  observedAt: at(iso),
});
const stored = (id: string, value: number, iso: string, region = "", kind = "TOTAL"): StoredPoint => ({
  id,
  value,
  kind,
  region,
  observedAt: at(iso),
});

describe("choosing which imported counts to store", () => {
  it("stores nothing when the same data comes twice", () => {
    const incoming = [obs(10, "2026-01-01T10:00:00Z"), obs(7, "2026-01-01T10:00:00Z", "DE")];
    const s = selectObservations("snapshot", incoming, [
      stored("a", 10, "2026-01-01T10:00:00Z"),
      stored("b", 7, "2026-01-01T10:00:00Z", "DE"),
    ]);
    expect(s).toEqual({ add: [], corrections: [], unchanged: 2 });
  });

  it("stores exactly the count that changed in a newer snapshot, not the unchanged ones", () => {
    const before = [
      stored("a", 10, "2026-01-01T10:00:00Z"),
      stored("b", 7, "2026-01-01T10:00:00Z", "DE"),
      stored("c", 3, "2026-01-01T10:00:00Z", "FR"),
    ];
    const incoming = [obs(11, "2026-01-01T10:10:00Z"), obs(8, "2026-01-01T10:10:00Z", "DE"), obs(3, "2026-01-01T10:10:00Z", "FR")];
    const s = selectObservations("snapshot", incoming, before);
    expect(s.add.map((o) => [o.region, o.value])).toEqual([
      ["", 11],
      ["DE", 8],
    ]);
    expect(s.unchanged).toBe(1);
  });

  it("compares an older snapshot arriving late with what came before it, not with the latest", () => {
    const s = selectObservations(
      "snapshot",
      [obs(5, "2026-01-01T09:00:00Z")],
      [stored("a", 5, "2026-01-01T08:00:00Z"), stored("b", 9, "2026-01-01T10:00:00Z")],
    );
    expect(s.add).toEqual([]);
    const t = selectObservations(
      "snapshot",
      [obs(6, "2026-01-01T09:00:00Z")],
      [stored("a", 5, "2026-01-01T08:00:00Z"), stored("b", 9, "2026-01-01T10:00:00Z")],
    );
    expect(t.add.map((o) => o.value)).toEqual([6]);
  });

  it("keeps every row of a series, even repeated values, but never the same time twice", () => {
    const incoming = [obs(5, "2026-01-01T08:00:00Z"), obs(5, "2026-01-01T09:00:00Z"), obs(5, "2026-01-01T09:00:00Z")];
    const s = selectObservations("series", incoming, [stored("a", 5, "2026-01-01T08:00:00Z")]);
    expect(s.add.map((o) => o.observedAt.toISOString())).toEqual(["2026-01-01T09:00:00.000Z"]);
    expect(s.unchanged).toBe(2);
  });

  it("turns a different value for a stored time into a correction of that row", () => {
    const s = selectObservations("series", [obs(12, "2026-01-01T10:00:00Z")], [stored("row-1", 10, "2026-01-01T10:00:00Z")]);
    expect(s.add).toEqual([]);
    expect(s.corrections).toEqual([
      expect.objectContaining({
        value: 12,
        supersedesId: "row-1",
        correctionReason: "The source now gives 12 for this time; it gave 10 before.",
      }),
    ]);
  });

  it("treats kinds and regions as separate series", () => {
    const s = selectObservations(
      "snapshot",
      [obs(5, "2026-01-02T00:00:00Z", "", "ONLINE"), obs(5, "2026-01-02T00:00:00Z", "DE")],
      [stored("a", 5, "2026-01-01T00:00:00Z")],
    );
    expect(s.add).toHaveLength(2);
  });
});
