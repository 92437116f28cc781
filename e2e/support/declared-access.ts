// What the code itself declares about who may call each page, route handler and server action,
// read from the source beside the handler: `adminPage(params, "ROLE")` in admin pages,
// `defineRoute({ access: ... })` in route files, `defineFormAction({ role: ... })` /
// `definePlainAction({ role: ... })` for server actions. A handler that declares nothing is an
// error here, so nothing new can be added without saying who may use it.
export type Role = "USER" | "EDITOR" | "ADMIN";
/** "public": anyone; a role: at least that role. */
export type Needs = "public" | Role;

const ROLE = /"(USER|EDITOR|ADMIN)"/;

/** The access a `defineRoute` spec declares (given the spec's source text). */
function accessOf(spec: string): Needs | null {
  const m = spec.match(/access:\s*(?:"(public|user)"|\{\s*role:\s*"(USER|EDITOR|ADMIN)")/);
  if (!m) return null;
  if (m[1] === "public") return "public";
  if (m[1] === "user") return "USER";
  return m[2] as Role;
}

/** method -> what it needs, for every exported handler of a route file (null: not declared). */
export function routeAccess(source: string): Record<string, Needs | null> {
  const out: Record<string, Needs | null> = {};
  for (const m of source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\s*=\s*/g)) {
    const method = m[1] as string;
    const rest = source.slice((m.index ?? 0) + m[0].length);
    const call = rest.match(/^defineRoute\(\s*(\{|\w+)/);
    if (!call) {
      out[method] = null;
      continue;
    }
    // The spec is written inline, or as a constant of the same file (shared by several methods).
    const constant = (name: string) => source.match(new RegExp(`const\\s+${name}\\s*=\\s*(\\{[^;]*)`))?.[1] ?? "";
    const spec = (call[1] === "{" ? rest.slice(call[0].length - 1) : constant(call[1] as string)).slice(0, 400);
    // `{ ...spec, body }` spreads a shared constant; `{ access }` names a constant called access.
    const spread = spec.match(/^\{\s*\.\.\.(\w+)/)?.[1];
    const shorthand = /^\{\s*access\s*[,}]/.test(spec);
    out[method] =
      accessOf(spec) ?? (spread ? accessOf(constant(spread).slice(0, 400)) : shorthand ? accessOf(`access: ${constant("access")}`) : null);
  }
  // Re-exported handlers (`export const { GET, POST } = handlers`) declare nothing.
  for (const m of source.matchAll(/export\s+const\s+\{([^}]*)\}/g))
    for (const name of (m[1] as string).split(",").map((s) => s.trim())) if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) out[name] = null;
  return out;
}

/** export name -> the role it declares, for every declared server action of a "use server" file. */
export function actionRoles(source: string): Record<string, Needs> {
  const out: Record<string, Needs> = {};
  for (const m of source.matchAll(/export\s+const\s+(\w+)\s*=\s*define(?:Form|Plain)Action\(\s*\{\s*role:\s*"(public|USER|EDITOR|ADMIN)"/g))
    out[m[1] as string] = m[2] as Needs;
  return out;
}

/** The role an admin page declares with adminPage(params, "ROLE"). */
export function pageRole(source: string): Role | null {
  const m = source.match(/adminPage\(\s*params\s*,\s*("(?:USER|EDITOR|ADMIN)")\s*\)/);
  return m ? ((m[1] as string).match(ROLE)?.[1] as Role) : null;
}
