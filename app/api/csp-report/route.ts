// POST /api/csp-report - browsers report Content-Security-Policy violations here (report-uri and
// the Reporting API's `csp` endpoint). Logged, size and rate limited (lib/http/csp-report.ts).
import { recordCspReports } from "@/lib/http/csp-report";
import { handle } from "@/lib/http/route";

export const POST = handle(async (request, _ctx, requestId) => {
  await recordCspReports(request);
  return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store", "X-Request-Id": requestId } });
});
