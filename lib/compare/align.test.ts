import { describe, expect, it } from "vitest";
import { alignByDays, checkpoints, dayReached, daysBetween, spreadLabels, valueOnDay } from "./align";
import { ZCompareQuery } from "./schemas";

const at = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString();

describe("aligning curves by days since opening", () => {
  const curve = alignByDays(
    [
      { observedAt: at(10), value: 30_000 },
      { observedAt: at(-1), value: 0 },
      { observedAt: at(1), value: 5_000 },
      { observedAt: at(30), value: 52_000 },
    ],
    at(0),
  );

  it("counts days from the opening, drops points before it and sorts", () => {
    expect(curve).toEqual([
      { day: 1, value: 5_000 },
      { day: 10, value: 30_000 },
      { day: 30, value: 52_000 },
    ]);
    expect(alignByDays([{ observedAt: at(5), value: 1 }], null)).toEqual([{ day: 0, value: 1 }]);
    expect(alignByDays([], at(0))).toEqual([]);
  });

  it("finds the day a threshold was reached, the count on a day, and a deadline's day", () => {
    expect(dayReached(curve, 50_000)).toBe(30);
    expect(dayReached(curve, 60_000)).toBeNull();
    expect(valueOnDay(curve, 0)).toBeNull();
    expect(valueOnDay(curve, 7)).toBe(5_000);
    expect(valueOnDay(curve, 400)).toBe(52_000);
    expect(daysBetween(at(0), at(183))).toBe(183);
    expect(daysBetween(null, at(183))).toBeNull();
    expect(checkpoints(100)).toEqual([1, 7, 30, 90]);
    expect(checkpoints(0.5)).toEqual([1]);
  });
});

describe("threshold labels", () => {
  it("are moved apart to the gap, in order, inside the plot", () => {
    // 10,000 and 100,000 on a 1,000,000 scale sit 9 % apart at the bottom.
    expect(spreadLabels([99, 90], 9, 9, 100)).toEqual([99, 90]);
    expect(spreadLabels([99, 95], 9, 9, 100)).toEqual([100, 91]);
    expect(spreadLabels([50, 52, 51], 9, 9, 100)).toEqual([50, 68, 59]);
    expect(spreadLabels([2], 9, 9, 100)).toEqual([9]);
  });
});

describe("the comparison query", () => {
  it("takes one to five distinct slugs, and says what is wrong otherwise", () => {
    expect(ZCompareQuery.parse({ i: "a-b-c" }).i).toEqual(["a-b-c"]);
    expect(ZCompareQuery.parse({ i: ["abc", "abc", "def"] }).i).toEqual(["abc", "def"]);
    expect(ZCompareQuery.parse({}).i).toEqual([]);
    const tooMany = ZCompareQuery.safeParse({ i: ["aaa", "bbb", "ccc", "ddd", "eee", "fff"] });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.message).toBe("tooMany");
    expect(ZCompareQuery.safeParse({ i: ["<script>"] }).error?.issues[0]?.message).toBe("slug");
  });
});
