import "server-only";
// POST /api/v1/initiatives/{slug}/counts: the write API for scripts and newsrooms. A Bearer token
// with the counts:write scope, or a same-origin session (CSRF protection in actorForWrite); the
// person must be an editor or admin. The body is one observation or { observations: [...] }, parsed
// by the same schema as the admin forms and recorded by the same command, all or nothing.
import { actorForWrite } from "@/lib/auth/session";
import { requireRole } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/http/errors";
import { privateJson, readJsonBody } from "@/lib/http/json-body";
import { requireScope } from "@/lib/tokens/scopes";
import { recordCounts } from "./record-counts";
import type { TCountsResponse, TObservationInput } from "./schemas";

export async function postCounts(request: Request, slug: string, requestId: string): Promise<Response> {
  const actor = requireRole(await actorForWrite(request, env().APP_URL), "EDITOR");
  requireScope(actor, "counts:write");
  const body = await readJsonBody(request);
  const batch = typeof body === "object" && body !== null && !Array.isArray(body) && "observations" in body;
  // Untrusted: recordCounts parses it with ZRecordCounts.
  const input = (batch ? body : { observations: [body] }) as { observations: TObservationInput[] };
  try {
    const result = await recordCounts(actor, { slug }, input, { via: "api", requestId });
    const out: TCountsResponse = {
      initiative: result.slug,
      created: result.created,
      latestTotal: result.latestTotal,
      flags: result.flags.map((f) => ({ code: f.code, observationId: f.observationId })),
    };
    return privateJson(201, out, requestId);
  } catch (e) {
    // A single observation's issues are named after its own fields ("value", not "observations.0.value").
    if (!batch && isAppError(e) && e.issues?.length) {
      const issues = e.issues.map((i) => ({ ...i, path: i.path.replace(/^observations\.0\./, "") }));
      throw new AppError(e.code, { userMessage: e.userMessage, issues, details: e.details });
    }
    throw e;
  }
}
