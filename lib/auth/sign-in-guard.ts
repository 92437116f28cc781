import "server-only";
// Every path that sends a sign-in email passes this one guard, in this order: the request comes
// from our own pages (Origin is the configured public origin: a form on another site cannot send
// it), the identifier is exactly one address (lib/auth/identifier.ts), and the client, the address
// and the site are within their limits (lib/auth/rate-limit.ts). Used by POST /auth/signin/email
// and by the wrapper around Auth.js's own POST /api/auth/signin/<provider> (lib/auth/auth-route.ts).
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { parseSignInEmail, type TSignInEmailError } from "./identifier";
import { clientIp, consumeSignInAttempt } from "./rate-limit";

export const SIGN_IN_EMAIL_MESSAGES: Record<TSignInEmailError, string> = {
  missing: "Enter your email address",
  several: "Enter one email address only",
  "display-name": "Enter the email address alone, without a name, quotes or angle brackets",
  "too-long": "An email address has at most 254 characters",
  format: "Enter an email address in the right format, like name@example.com",
};

/** Same-origin rule for anonymous POSTs: Origin must be present and be the configured public origin. */
export function isOwnOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const e = env();
  return origin !== null && (origin === new URL(e.APP_URL).origin || origin === new URL(e.AUTH_URL).origin);
}

/** The normalised address to send a link to; AppError FORBIDDEN, INVALID_INPUT or RATE_LIMITED otherwise. */
export async function guardSignInEmail(request: Request, rawEmail: unknown): Promise<string> {
  if (!isOwnOrigin(request)) {
    throw new AppError("FORBIDDEN", { userMessage: "Sign-in links can only be requested from this site's own sign-in page." });
  }
  const parsed = parseSignInEmail(rawEmail);
  if (!parsed.ok) {
    throw new AppError("INVALID_INPUT", {
      userMessage: "The email address is not valid.",
      issues: [{ path: "email", message: SIGN_IN_EMAIL_MESSAGES[parsed.error] }],
      details: { reason: parsed.error },
    });
  }
  await consumeSignInAttempt(clientIp(request), parsed.email);
  return parsed.email;
}
