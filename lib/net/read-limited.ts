// Reading a body without trusting its size: stop (and cancel the stream) as soon as it passes the
// limit, so a 20 MB upload or download costs at most the limit in memory. The declared
// Content-Length is checked first, and never trusted alone (chunked bodies have none).

/** The body as UTF-8 text, or the error from `tooLarge()` once more than `maxBytes` arrived. */
export async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  tooLarge: () => Error,
  declaredLength?: string | null,
): Promise<string> {
  return Buffer.from(await readLimitedBytes(body, maxBytes, tooLarge, declaredLength)).toString("utf8");
}

/** The same, as bytes (forms that may carry files). */
export async function readLimitedBytes(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  tooLarge: () => Error,
  declaredLength?: string | null,
): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(declaredLength ?? 0) > maxBytes) throw tooLarge();
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
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
