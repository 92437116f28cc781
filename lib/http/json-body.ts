// Reading JSON request bodies and writing private JSON responses for the write API.
import { AppError } from "./errors";
import { PRIVATE_NO_STORE } from "./route";

export const MAX_JSON_BODY_BYTES = 5 * 1024 * 1024;

/** The parsed JSON body; a missing, oversized or malformed one is a 400. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) throw new AppError("BAD_REQUEST", { userMessage: "The request body is too large (at most 5 MB)." });
  const text = await request.text();
  if (text.length > MAX_JSON_BODY_BYTES)
    throw new AppError("BAD_REQUEST", { userMessage: "The request body is too large (at most 5 MB)." });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", { userMessage: "The request body must be JSON." });
  }
}

/** A personal response: never stored by shared caches. */
export function privateJson(status: number, body: unknown, requestId: string): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": PRIVATE_NO_STORE, "X-Request-Id": requestId },
  });
}
