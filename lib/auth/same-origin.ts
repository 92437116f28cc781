// The one cross-site request forgery rule, for every unsafe request: route handlers (defineRoute)
// and every path that sends a sign-in email (lib/auth/sign-in-guard.ts); Next checks server
// actions' Origin itself. The request must name our public origin in `Origin` (APP_URL's, or
// AUTH_URL's where sign-in lives; never one derived from Host or X-Forwarded-Host headers); without
// an Origin, only `Sec-Fetch-Site: same-origin` is accepted; anything else is refused (403). Every
// current browser sends Origin on unsafe requests. Bearer-token requests use no cookies and need
// no Origin.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

export const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The public origins: APP_URL's and AUTH_URL's (never a Host or X-Forwarded-Host header). */
export function publicOrigins(): string[] {
  const e = env();
  return [...new Set([new URL(e.APP_URL).origin, new URL(e.AUTH_URL).origin])];
}

export function isSameOrigin(request: Request): boolean {
  if (request.headers.has("authorization")) return true;
  const origin = request.headers.get("origin");
  if (origin !== null) return publicOrigins().includes(origin);
  return request.headers.get("sec-fetch-site") === "same-origin";
}

/** FORBIDDEN (403) unless the request comes from our public origin (see above). */
export function assertSameOrigin(request: Request): void {
  if (!isSameOrigin(request))
    throw new AppError("FORBIDDEN", { userMessage: "This request did not come from this site.", message: "cross-origin request refused" });
}
