// Runs in the browser before the app's own code (Next's instrumentation-client). zod, used by the
// admin console's client islands, would otherwise probe `new Function("")` to decide whether it may
// compile parsers; our Content-Security-Policy forbids eval, so every such page would report a
// violation. The browser parses small forms: the interpreted parser is plenty. Set without
// importing zod (lib/schemas/jitless.ts), so public pages do not download it.
import { makeZodJitless } from "@/lib/schemas/jitless";

makeZodJitless();
