// Requests the way an attacker's script sends them, not a browser: any header (twice, in any
// casing), from a chosen loopback source address (127.0.0.0/8 is all ours, so each test can be a
// different "client" without touching anyone else's counters).
import { request as httpRequest, type OutgoingHttpHeaders } from "node:http";
import { randomInt } from "node:crypto";

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

/** A fresh loopback address, e.g. 127.23.4.5, to act as one client. */
export const loopbackClient = () => `127.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`;

export function rawRequest(
  url: string,
  options: { method?: string; headers?: OutgoingHttpHeaders; body?: string; from?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "POST", headers: options.headers, localAddress: options.from, family: 4 },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** POST /auth/signin/email as the form does (urlencoded, our Origin unless told otherwise). */
export function postSignIn(base: string, email: string, options: { headers?: OutgoingHttpHeaders; from?: string } = {}) {
  return rawRequest(`${base}/auth/signin/email`, {
    headers: { origin: base, "content-type": "application/x-www-form-urlencoded", ...options.headers },
    body: new URLSearchParams({ email, callbackUrl: "/me" }).toString(),
    from: options.from,
  });
}
