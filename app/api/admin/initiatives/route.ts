// GET /api/admin/initiatives - the admin console's initiatives table (editors and admins; private)
import { requireRole } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { listAdminInitiatives } from "@/lib/initiatives/admin-queries";
import { ZAdminInitiativeFilter } from "@/lib/initiatives/schemas";
import { privateJson } from "@/lib/http/json-body";
import { handle, parseQuery } from "@/lib/http/route";

export const GET = handle(async (request, _ctx, requestId) => {
  requireRole(await currentActor(), "EDITOR");
  const filter = parseQuery(request, ZAdminInitiativeFilter);
  return privateJson(200, { items: await listAdminInitiatives(filter) }, requestId);
});
