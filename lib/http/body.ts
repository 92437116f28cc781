// Reading request bodies with a size limit: a declared Content-Length over the limit is refused
// before a byte is read, and a body sent without one (chunked) is counted while it streams and
// refused as soon as it passes the limit (413, the rest is never read). Nothing reads a body whole
// before knowing its size.
import { AppError } from "@/lib/errors/app-error";

export const KB = 1024;
export const MB = 1024 * KB;

function tooLarge(limit: number): AppError {
  const size = limit >= MB ? `${Math.round(limit / MB)} MB` : `${Math.round(limit / KB)} KB`;
  return new AppError("PAYLOAD_TOO_LARGE", { userMessage: `The request body is too large (at most ${size}).` });
}

/** 413 when the request declares a body larger than `limit` (cheap: headers only). */
export function assertDeclaredSize(request: Request, limit: number): void {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
}

/** The body's bytes, at most `limit` of them (413 beyond, without reading further). */
export async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  assertDeclaredSize(request, limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The JSON body (400 when it is missing or not JSON). */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  const text = new TextDecoder().decode(await readLimited(request, limit));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", { userMessage: "The request body must be JSON." });
  }
}

/** The form body (urlencoded or multipart), read within the limit; empty when there is none, 400 when it is not a form. */
export async function readForm(request: Request, limit: number): Promise<FormData> {
  const bytes = await readLimited(request, limit);
  if (bytes.byteLength === 0) return new FormData();
  const type = request.headers.get("content-type") ?? "";
  try {
    return await new Response(bytes, { headers: { "Content-Type": type } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", { userMessage: "The request body must be a form." });
  }
}
