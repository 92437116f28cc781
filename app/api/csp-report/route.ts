// POST /api/csp-report - browsers report Content-Security-Policy violations here (report-uri and
// the Reporting API's `csp` endpoint). Logged, size and rate limited (lib/http/csp-report.ts).
// Browsers send reports without a same-origin promise, so the same-origin rule does not apply.
import { defineRoute } from "@/lib/http/define-route";
import { MAX_REPORT_BYTES, recordCspReports } from "@/lib/http/csp-report";
import { PRIVATE_NO_STORE } from "@/lib/http/responses";

export const POST = defineRoute({ access: "public", maxBodyBytes: MAX_REPORT_BYTES, sameOrigin: false }, async ({ request, requestId }) => {
  await recordCspReports(request);
  return new Response(null, { status: 204, headers: { "Cache-Control": PRIVATE_NO_STORE, "X-Request-Id": requestId } });
});
