import "server-only";
// Auth.js's own POST /api/auth/signin/<provider> sends a sign-in email for any email provider,
// with Auth.js's CSRF token as its only check. Before Auth.js sees such a request, this wrapper
// puts it through the same guard as our form (Origin, one address, limits) and hands Auth.js a
// rebuilt body holding exactly the address that was checked (so a duplicate `email` field or a
// JSON array cannot differ between what we checked and what Auth.js sends to). Errors are JSON.
import { NextRequest } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { requestIdFrom } from "./request-id";
import { errorResponse } from "./responses";
import { readLimited } from "@/lib/net/read-limited";
import { guardSignInEmail } from "@/lib/auth/sign-in-guard";

const MAX_BODY_BYTES = 16 * 1024;
// Providers that never send email (OpenID Connect redirects to the provider).
const REDIRECT_PROVIDERS = new Set(["oidc"]);

/** Auth.js's reading of the path (lib/utils/web.js parseActionAndProviderId): ["signin", "email"]. */
function actionOf(pathname: string): string[] {
  return pathname
    .replace(/^\/api\/auth/, "")
    .split("/")
    .filter(Boolean);
}

/** The fields as Auth.js would read them (JSON or urlencoded; anything else has no fields). */
function fieldsOf(contentType: string, text: string): Record<string, unknown> {
  if (contentType.includes("application/json")) {
    try {
      const parsed = JSON.parse(text) as unknown;
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  if (contentType.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  return {};
}

export function guardedAuthPost(post: (request: NextRequest) => Promise<Response>) {
  return async (request: NextRequest): Promise<Response> => {
    const [action, provider] = actionOf(new URL(request.url).pathname);
    if (action !== "signin" || !provider || REDIRECT_PROVIDERS.has(provider)) return post(request);
    try {
      const text = await readLimited(
        request.body,
        MAX_BODY_BYTES,
        () => new AppError("PAYLOAD_TOO_LARGE"),
        request.headers.get("content-length"),
      );
      const fields = fieldsOf(request.headers.get("content-type") ?? "", text);
      const email = await guardSignInEmail(request, fields.email);
      const body = new URLSearchParams({ email });
      for (const name of ["csrfToken", "callbackUrl"]) if (typeof fields[name] === "string") body.set(name, fields[name]);
      const headers = new Headers(request.headers);
      headers.set("content-type", "application/x-www-form-urlencoded");
      headers.delete("content-length");
      return await post(new NextRequest(request.url, { method: "POST", headers, body }));
    } catch (e) {
      return errorResponse(e, requestIdFrom(request.headers));
    }
  };
}
