// Benchmark part owned by the scale work (issue 11, Deliver 4): the synthetic data set and the
// query and page timings on it. A stub until that work lands; `npm run bench` already calls it and
// prints what it returns.
import type { BenchContext } from "./context";

export async function benchScale(ctx: BenchContext): Promise<Record<string, unknown>> {
  ctx.log("scale: not measured yet");
  return { skipped: "the scale benchmark is not written yet" };
}
