// Posts to pages (server actions, forms without JavaScript) pass through proxy.ts, where Next reads
// the whole body before anything else runs, and Next answers an action body over its limit with a
// 500. So the proxy refuses them first, from the headers alone: no Content-Length is 411 (browsers
// always send one), more than SERVER_ACTION_MAX_BYTES is 413, with the HTML error page.
import { AppError } from "@/lib/errors/app-error";
import { localeOfPath } from "@/lib/i18n/locales";
import { SERVER_ACTION_MAX_BYTES } from "./limits.js";
import { requestIdFrom } from "./request-id";
import { htmlErrorResponse } from "./responses";
import { UNSAFE_METHODS } from "@/lib/auth/same-origin";

export function refuseOversizedPost(request: Request): Response | null {
  if (!UNSAFE_METHODS.has(request.method)) return null;
  const length = request.headers.get("content-length");
  const declared = Number(length ?? "");
  const locale = localeOfPath(new URL(request.url).pathname);
  if (length === null || !Number.isFinite(declared)) {
    const response = htmlErrorResponse(
      new AppError("BAD_REQUEST", { userMessage: "A Content-Length is required." }),
      requestIdFrom(request.headers),
      locale,
    );
    return new Response(response.body, { status: 411, headers: response.headers });
  }
  if (declared > SERVER_ACTION_MAX_BYTES)
    return htmlErrorResponse(new AppError("PAYLOAD_TOO_LARGE"), requestIdFrom(request.headers), locale);
  return null;
}
