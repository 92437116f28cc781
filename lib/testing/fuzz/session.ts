// Who the fuzz test's current case is sent as: read by the stand-in for Auth.js (setup.ts), set by
// the harness before each case. Test-only.
export type Person = { id: string; email: string; role: "USER" | "EDITOR" | "ADMIN" };

export const session: { current: Person | null } = { current: null };
