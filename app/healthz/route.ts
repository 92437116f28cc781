// GET /healthz - liveness for load balancers and orchestrators: 200 whenever the process can answer
// (it asks nothing of the database; see /readyz for that).
import { defineRoute } from "@/lib/http/define-route";
import { privateJson } from "@/lib/http/responses";

export const dynamic = "force-dynamic";
export const GET = defineRoute({ access: "public" }, async ({ requestId }) => privateJson(200, { status: "alive" }, requestId));
