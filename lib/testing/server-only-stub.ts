// Vitest runs domain code outside Next; the real "server-only" package throws there by design.
export {};
