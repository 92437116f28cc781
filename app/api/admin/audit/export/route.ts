// GET /api/admin/audit/export - the audit log, filtered as on /admin/audit, as CSV (admins only; private)
import { requireRole } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { auditCsv } from "@/lib/audit/queries";
import { ZAuditFilter } from "@/lib/audit/schemas";
import { PRIVATE_NO_STORE, handle, parseQuery } from "@/lib/http/route";

export const GET = handle(async (request, _ctx, requestId) => {
  requireRole(await currentActor(), "ADMIN");
  const filter = parseQuery(request, ZAuditFilter);
  const name = `threshold-audit-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(auditCsv(filter), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": PRIVATE_NO_STORE,
      "X-Request-Id": requestId,
    },
  });
});
