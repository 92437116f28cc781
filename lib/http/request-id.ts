// The request id of a request: the one the client or proxy sent (when it looks like an id), else
// a new one. It is logged with unknown errors and returned in X-Request-Id, so a report can quote it.
import { randomUUID } from "node:crypto";

export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && /^[\w-]{8,100}$/.test(given) ? given : randomUUID();
}
