import "server-only";
// POST /api/v1/initiatives/{slug}/events: recording a stage event through the write API. A Bearer
// token with the events:write scope or a same-origin session; editors and admins only. Same schema
// and command as the admin form: only transitions the initiative's rules allow, and a stale
// expectedVersion is a 409.
import { actorForWrite } from "@/lib/auth/session";
import { requireRole } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { privateJson, readJsonBody } from "@/lib/http/json-body";
import { requireScope } from "@/lib/tokens/scopes";
import { recordStageEvent } from "./record-stage-event";
import type { TStageEventInput, TStageEventResponse } from "./schemas";

export async function postStageEvent(request: Request, slug: string, requestId: string): Promise<Response> {
  const actor = requireRole(await actorForWrite(request, env().APP_URL), "EDITOR");
  requireScope(actor, "events:write");
  // Untrusted: recordStageEvent parses it with ZStageEventInput.
  const body = (await readJsonBody(request)) as TStageEventInput;
  const result = await recordStageEvent(actor, { slug }, body, { via: "api", requestId });
  const out: TStageEventResponse = { initiative: slug, eventId: result.event.id, stage: result.stage, version: result.version };
  return privateJson(201, out, requestId);
}
