// GET /api/admin/initiatives - the admin console's initiatives table (editors and admins; private)
import { defineRoute } from "@/lib/http/define-route";
import { privateJson } from "@/lib/http/responses";
import { listAdminInitiatives } from "@/lib/initiatives/admin-queries";
import { ZAdminInitiativeFilter } from "@/lib/initiatives/schemas";

export const GET = defineRoute({ access: { role: "EDITOR" }, query: ZAdminInitiativeFilter }, async ({ actor, query, requestId }) =>
  privateJson(200, { items: await listAdminInitiatives(actor, query) }, requestId),
);
