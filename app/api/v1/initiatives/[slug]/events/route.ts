// POST /api/v1/initiatives/[slug]/events - record a stage event (API token with events:write, or same-origin session)
import { postStageEvent } from "@/lib/stages/api";
import { handle } from "@/lib/http/route";

export const POST = handle<{ slug: string }>(async (request, { params }, requestId) =>
  postStageEvent(request, (await params).slug, requestId),
);
