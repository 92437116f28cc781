// POST /api/v1/initiatives/[slug]/counts - record one count or a batch (API token with counts:write, or same-origin session)
import { postCounts } from "@/lib/counts/api";
import { handle } from "@/lib/http/route";

export const POST = handle<{ slug: string }>(async (request, { params }, requestId) => postCounts(request, (await params).slug, requestId));
