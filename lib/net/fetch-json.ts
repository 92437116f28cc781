// The browser side of our own JSON endpoints (lib/net: the network, both ways), for client islands: one request, same-origin
// credentials, an error naming what failed when the answer is not 2xx. Small on purpose: it is in
// the scripts of every page with an island.

export async function fetchJson<T>(url: string, what: string, init?: { method: string; body: unknown }): Promise<T> {
  const response = await fetch(url, {
    credentials: "same-origin",
    ...(init && { method: init.method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(init.body) }),
  });
  if (!response.ok) throw new Error(`${what} failed: ${response.status}`);
  return (await response.json()) as T;
}
