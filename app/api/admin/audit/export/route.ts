// GET /api/admin/audit/export - the audit log, filtered as on /admin/audit, as CSV (admins only; private)
import { auditCsv } from "@/lib/audit/queries";
import { ZAuditFilter } from "@/lib/audit/schemas";
import { defineRoute } from "@/lib/http/define-route";
import { PRIVATE_NO_STORE } from "@/lib/http/responses";

export const GET = defineRoute({ access: { role: "ADMIN" }, query: ZAuditFilter }, async ({ actor, query, requestId }) => {
  const name = `threshold-audit-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(auditCsv(actor, query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": PRIVATE_NO_STORE,
      "X-Request-Id": requestId,
    },
  });
});
