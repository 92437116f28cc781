// Paths robots are kept out of: personal, administrative, or part of signing in, in every language.
export const DISALLOWED = ["/admin", "/me", "/api/auth", "/auth", "/dev", "/unsubscribe", "/follow"].flatMap((p) => [
  p,
  `/fi${p}`,
  `/sv${p}`,
]);
