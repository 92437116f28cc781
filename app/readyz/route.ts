// GET /readyz - readiness for load balancers: 200 when the database answers and its migrations are
// current, 503 (with Retry-After) otherwise, saying which.
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from "@/lib/db-health.js";
import { readiness } from "@/lib/health/readiness";
import { defineRoute } from "@/lib/http/define-route";
import { privateJson } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
export const GET = defineRoute({ access: "public" }, async ({ requestId }) => {
  const r = await readiness();
  const response = privateJson(r.ready ? 200 : 503, { status: r.ready ? "ready" : "unavailable", ...r }, requestId);
  if (!r.ready) response.headers.set("Retry-After", String(UNAVAILABLE_RETRY_AFTER_SECONDS));
  return response;
});
