// Calling one endpoint in-process, as Next would: a route handler with a Request, a server action
// with its form; the outcome as the HTTP status Next would answer with.
import type { ActionEndpoint, RouteEndpoint } from "./discover";
import { encode, type FuzzBody } from "./hostile";

/** The status a route answers, having read the whole body (a stream can fail after its headers). */
export async function callRoute(
  e: RouteEndpoint,
  url: string,
  params: Record<string, string>,
  body: FuzzBody | null,
  origin: string | null,
) {
  const headers = new Headers();
  if (origin) headers.set("Origin", origin);
  headers.set("X-Forwarded-For", "203.0.113.7");
  let init: RequestInit = { method: e.method, headers };
  if (body) {
    const encoded = encode(body);
    if (encoded.contentType) headers.set("Content-Type", encoded.contentType);
    init = { ...init, body: encoded.body };
  }
  const response = await e.handler(new Request(url, init), { params: Promise.resolve(params) });
  try {
    const text = await response.text();
    return { status: response.status, text };
  } catch (err) {
    return { status: 500, text: `body stream failed: ${String(err)}` };
  }
}

type Digest = { digest?: unknown };
/** A server action's outcome as the status Next would answer with. */
export async function callAction(e: ActionEndpoint, form: FormData) {
  try {
    if (e.action.kind === "plain") {
      await e.action(form);
      return { status: 200, text: "done" };
    }
    const state = await e.action({ status: "idle", values: {}, issues: [] }, form);
    if (state.status === "ok") return { status: 200, text: JSON.stringify(state.data ?? {}) };
    // An unknown error is logged under a request id and shown generically: what a 500 is.
    if (state.status === "error" && state.requestId) return { status: 500, text: `unknown error, request ${state.requestId}` };
    return { status: state.status === "conflict" ? 409 : 422, text: JSON.stringify(state.issues).slice(0, 500) };
  } catch (err) {
    const digest = String((err as Digest)?.digest ?? "");
    const fallback = digest.match(/^NEXT_HTTP_ERROR_FALLBACK;(\d{3})$/);
    if (fallback) return { status: Number(fallback[1]), text: digest };
    if (digest.startsWith("NEXT_REDIRECT")) {
      const to = digest.split(";")[2] ?? "";
      const spec = e.action.spec;
      const locale = form.get("locale");
      const refused = spec.refused?.(locale === "fi" || locale === "sv" ? locale : "en");
      // A plain action goes back to its form when it refuses the input: that is its 4xx.
      return { status: refused !== undefined && to === refused ? 400 : 303, text: to };
    }
    return { status: 500, text: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) };
  }
}
