// Runs in the browser before the app's own code (Next's instrumentation-client). zod, used by a
// few client islands, would otherwise probe `new Function("")` to decide whether it may compile
// parsers; our Content-Security-Policy forbids eval, so every page would report a violation. The
// browser parses small forms: the interpreted parser is plenty.
import { config } from "zod/v4/core";

config({ jitless: true });
