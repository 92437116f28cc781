import { describe, expect, it } from "vitest";
import { config } from "zod/v4/core";
import { z } from "zod";
import { makeZodJitless } from "./jitless";

describe("makeZodJitless", () => {
  it("switches zod to its interpreted parser through zod's own global configuration", () => {
    const before = config().jitless;
    try {
      config({ jitless: false });
      makeZodJitless();
      expect(config().jitless).toBe(true);
      // Schemas built afterwards still parse (the interpreted path).
      expect(z.object({ a: z.number() }).parse({ a: 1 })).toEqual({ a: 1 });
    } finally {
      config({ jitless: before });
    }
  });
});
