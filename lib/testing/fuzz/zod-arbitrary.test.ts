// The generator reads zod 4 schemas as the project writes them: most generated inputs pass the
// schema (so the fuzzing reaches the commands), and they follow its formats, patterns and limits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZObservationInput } from "@/lib/counts/schemas";
import { ZRegisterInitiative } from "@/lib/initiatives/schemas";
import { ZStageEventInput } from "@/lib/stages/schemas";
import { ZLocalized, ZUrl } from "@/lib/schemas/fields";
import { arbitraryFor } from "./zod-arbitrary";

const passRate = (schema: z.ZodType, n = 300) =>
  fc.sample(arbitraryFor(schema), { numRuns: n, seed: 7 }).filter((v) => schema.safeParse(v).success).length / n;

// Thousands of samples (regex and e-mail generators are the slow ones): seconds on a busy 2-core machine.
describe("fast-check arbitraries from zod schemas", { timeout: 60_000 }, () => {
  it("follows formats, patterns and limits", () => {
    expect(passRate(ZUrl)).toBeGreaterThan(0.7);
    expect(passRate(z.string().email())).toBeGreaterThan(0.7);
    expect(passRate(z.string().regex(/^[A-Z]{2}$/))).toBeGreaterThan(0.7);
    expect(passRate(z.string().min(3).max(5))).toBe(1);
    expect(passRate(z.number().int().min(1).max(9))).toBe(1);
    expect(
      passRate(
        z
          .array(z.enum(["a", "b"]))
          .min(1)
          .max(2),
      ),
    ).toBe(1);
    expect(passRate(z.object({ d: z.coerce.date(), n: z.literal(3).optional() }).strict())).toBe(1);
  });

  it("reaches the project's own input schemas", () => {
    for (const schema of [ZLocalized, ZObservationInput, ZStageEventInput, ZRegisterInitiative])
      expect(passRate(schema)).toBeGreaterThan(0.05);
  });

  it("takes hinted values for the named fields", () => {
    const values = fc.sample(arbitraryFor(z.object({ slug: z.string() }), { slug: fc.constant("known") }), { numRuns: 200, seed: 1 });
    expect(values.filter((v) => (v as { slug: string }).slug === "known").length).toBeGreaterThan(100);
  });
});
