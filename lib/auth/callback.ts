// Where to go after signing in: only paths on this site (never an open redirect).
export function safeCallback(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value.slice(0, 500);
}
