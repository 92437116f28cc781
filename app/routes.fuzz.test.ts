// Every route handler found in app/, fuzzed in-process against real PostgreSQL: 1,000 generated and
// hostile requests per mutating handler (never a 5xx, nothing changed when refused) and random
// query strings on every read (never a 5xx). See lib/testing/fuzz/harness.ts; `npm run test:fuzz`.
import { fuzzEndpoints } from "@/lib/testing/fuzz/harness";

await fuzzEndpoints("route", { mutating: 8, reads: 15 });
