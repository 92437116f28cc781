// Benchmark part owned by the edge work (issue 11, Deliver 2): the edge cache of `npm run
// start:edge` against nginx serving the same bytes, and freshness through the edge. A stub until
// that work lands; `npm run bench` already calls it and prints what it returns.
import type { BenchContext } from "./context";

export async function benchEdge(ctx: BenchContext): Promise<Record<string, unknown>> {
  ctx.log("edge: not measured yet");
  return { skipped: "the edge benchmark is not written yet" };
}
