// The one cross-site request forgery rule, for every unsafe request (route handlers; Next checks
// server actions' Origin itself): a request that names an Origin must name our public origin
// (APP_URL's, never one derived from Host or X-Forwarded-Host headers); a request that uses cookies
// without an Origin is accepted only with `Sec-Fetch-Site: same-origin`; anything else is refused
// (403). Every current browser sends Origin on unsafe requests. Bearer-token requests use no
// cookies, and a request with neither cookies nor an Origin acts for nobody, so those need no Origin.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

export const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The public origin: APP_URL's (never a Host or X-Forwarded-Host header). */
export function publicOrigin(): string {
  return new URL(env().APP_URL).origin;
}

export function isSameOrigin(request: Request): boolean {
  if (request.headers.has("authorization")) return true;
  const origin = request.headers.get("origin");
  if (origin !== null) return origin === publicOrigin();
  if (!request.headers.has("cookie")) return true;
  return request.headers.get("sec-fetch-site") === "same-origin";
}

/** FORBIDDEN (403) unless the request comes from our public origin (see above). */
export function assertSameOrigin(request: Request): void {
  if (!isSameOrigin(request))
    throw new AppError("FORBIDDEN", { userMessage: "This request did not come from this site.", message: "cross-origin request refused" });
}
