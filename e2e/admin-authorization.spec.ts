// Every admin page, route handler and server action (and every other server action), found by reading the code (so a new one is
// covered the moment it exists), answers 401 to anonymous visitors, 403 to signed-in users
// without the role, 403 to editors where admins are required, and lets the right role in. Sending
// x-middleware-subrequest (the CVE-2025-29927 proxy bypass) changes none of it: the guards live in
// the pages, layouts, actions and handlers themselves, never in proxy.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { createSession, expect, makeUser, sql, test, SESSION_COOKIE, type Role } from "./fixtures";

const root = path.resolve(import.meta.dirname, "..");
const ROLES: (Role | "anonymous")[] = ["anonymous", "USER", "EDITOR", "ADMIN"];
const BYPASS_HEADERS = [
  "middleware:middleware:middleware:middleware:middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
];

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join("/")],
  );
}

// What needs ADMIN (everything else in the console needs EDITOR). A new admin-only page that is
// missing here fails below, because editors would be refused where the test expects them in.
const ADMIN_PAGES = [/^\/admin\/initiatives\/new$/, /\/edit$/, /\/withdraw$/, /^\/admin\/(users|rule-sets|tokens|audit|imports)(\/|$)/];
const ADMIN_ACTIONS = new Set([
  "createInitiativeAction",
  "editInitiativeAction",
  "withdrawInitiativeAction",
  "setRoleAction",
  "createRuleSetAction",
  "createTokenAction",
  "revokeTokenAction",
  "syncResourceNow",
  "syncSourceNow",
]);
const ADMIN_ROUTES = [/^\/api\/admin\/audit\//];

/** Values for dynamic segments; a segment without one fails the test (add it here). */
async function sampleParams(): Promise<Record<string, string>> {
  const [initiative] = await sql<{ slug: string }>(`SELECT slug FROM "Initiative" ORDER BY "createdAt" LIMIT 1`);
  if (!initiative) throw new Error("The seeded database has no initiative");
  return { "[slug]": initiative.slug, "[locale]": "", "[source]": "uk-petitions", "[topic]": "elections" };
}

function routeOf(file: string, params: Record<string, string>): string {
  const segments = path
    .dirname(file)
    .split("/")
    .slice(1) // "app"
    .map((s) => {
      if (!s.startsWith("[")) return s;
      if (!(s in params)) throw new Error(`No sample value for ${s} in ${file}: add one to sampleParams()`);
      return params[s] as string;
    })
    .filter((s) => s !== "" && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

type Target = {
  kind: "page" | "route" | "action";
  name: string;
  method: string;
  path: string;
  needs: Role;
  headers?: Record<string, string>;
  body?: string;
};

// A client-side navigation inside the console: the browser says it already shows the /admin
// layout, so Next renders only the page, without running the layout again. A page that relied on
// the layout's check would leak here; a guarded one answers with its 401/403 fallback instead
// (inside a 200 RSC stream, so the body is what tells).
function insideAdminLayout(target: string): Record<string, string> {
  // The page the browser is on: /admin, or /admin/topics when /admin itself is the target.
  const from = target === "/admin" ? ["topics", { children: ["__PAGE__", {}] }] : ["__PAGE__", {}];
  const tree = ["", { children: [["locale", "en", "d", null], { children: ["admin", { children: from }] }] }];
  return { RSC: "1", "Next-Router-State-Tree": encodeURIComponent(JSON.stringify(tree)) };
}

async function discover(): Promise<Target[]> {
  const params = await sampleParams();
  const all = files("app");
  const pages = all
    .filter((f) => /^app\/\[locale\]\/admin\/(.*\/)?page\.tsx$/.test(f))
    .map((f) => routeOf(f, params))
    .map((p): Target => ({
      kind: "page",
      name: p,
      method: "GET",
      path: p,
      needs: ADMIN_PAGES.some((r) => r.test(p)) ? "ADMIN" : "EDITOR",
    }));

  // Route handlers: everything under the console's API, and every writing method of the public API.
  const routes = all
    .filter((f) => /(^|\/)route\.ts$/.test(f) && /^app\/(api\/admin|api\/v1|\[locale\]\/admin)\//.test(f))
    .flatMap((f) => {
      const source = readFileSync(path.join(root, f), "utf8");
      const methods = [...source.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map(
        (m) => m[1] as string,
      );
      const p = routeOf(f, params);
      const adminArea = p.startsWith("/api/admin/") || p.startsWith("/admin");
      return methods
        .filter((m) => adminArea || (p.startsWith("/api/v1/") && m !== "GET"))
        .map((m): Target => ({
          kind: "route",
          name: `${m} ${p}`,
          method: m,
          path: p,
          needs: ADMIN_ROUTES.some((r) => r.test(p)) ? "ADMIN" : "EDITOR",
          headers: m === "GET" ? {} : { "Content-Type": "application/json", Origin: BASE_URL },
          body: m === "GET" ? undefined : "{}",
        }));
    });

  // Server actions: every export of every "use server" file, located in the build's manifest.
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const actions = all
    .filter(
      (f) =>
        /\.tsx?$/.test(f) && /^\s*["']use server["'];?/m.test(readFileSync(path.join(root, f), "utf8").split("\n").slice(0, 3).join("\n")),
    )
    .flatMap((f) => {
      const source = readFileSync(path.join(root, f), "utf8");
      return [...source.matchAll(/export\s+async\s+function\s+(\w+)/g)].map((m) => {
        const name = m[1] as string;
        const entry = Object.entries(manifest.node).find(([, v]) => v.filename === f && v.exportedName === name);
        if (!entry) throw new Error(`Server action ${f}#${name} is not in the build's manifest`);
        const worker = Object.keys(entry[1].workers)[0] as string; // "app/[locale]/admin/.../page"
        return {
          kind: "action",
          name: `${f}#${name}`,
          method: "POST",
          path: routeOf(`${worker}.tsx`, params),
          // Actions outside the console (your account, following) need a signed-in person.
          needs: ADMIN_ACTIONS.has(name) ? "ADMIN" : f.startsWith("app/[locale]/admin/") ? "EDITOR" : "USER",
          headers: { "Next-Action": entry[0], "Content-Type": "text/plain;charset=UTF-8", Origin: BASE_URL, Accept: "text/x-component" },
          body: "[]",
        } satisfies Target;
      });
    });
  return [...pages, ...routes, ...actions];
}

async function call(request: APIRequestContext, t: Target, cookie: string | null, extra: Record<string, string> = {}) {
  const send = (url: string) =>
    request.fetch(url, {
      method: t.method,
      headers: { ...t.headers, ...extra, ...(cookie ? { Cookie: `${SESSION_COOKIE}=${cookie}` } : {}) },
      data: t.body,
      maxRedirects: 0,
      failOnStatusCode: false,
    });
  let response = await send(t.path);
  // RSC requests are first sent to the same address with a cache-busting _rsc parameter.
  const location = response.headers()["location"];
  if (response.status() === 307 && location?.includes("_rsc=")) response = await send(location);
  return { status: response.status(), body: await response.text() };
}

function expected(role: Role | "anonymous", needs: Role): "401" | "403" | "allowed" {
  if (role === "anonymous") return "401";
  if (needs === "USER") return "allowed";
  if (role === "USER") return "403";
  if (role === "EDITOR" && needs === "ADMIN") return "403";
  return "allowed";
}

test("every admin page, route handler and server action enforces its role, whatever the headers", async ({ request }) => {
  test.setTimeout(180_000);
  const targets = await discover();
  // The enumeration found what exists today (a sanity check that the globbing works).
  expect(targets.filter((t) => t.kind === "page").length).toBeGreaterThanOrEqual(15);
  expect(targets.filter((t) => t.kind === "action").length).toBeGreaterThanOrEqual(14);
  expect(targets.map((t) => t.name)).toEqual(
    expect.arrayContaining(["POST /api/v1/initiatives/{slug}/counts".replace("{slug}", (await sampleParams())["[slug]"] as string)]),
  );

  const sessions: Record<string, string | null> = { anonymous: null };
  const users = { USER: await makeUser("USER"), EDITOR: await makeUser("EDITOR"), ADMIN: await makeUser("ADMIN") };
  const freshSessions = async () => {
    for (const role of ["USER", "EDITOR", "ADMIN"] as const) sessions[role] = await createSession(users[role].id);
  };
  await freshSessions();
  const auditBefore = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEvent"`);

  const failures: string[] = [];
  for (const t of targets.filter((x) => x.kind === "page")) {
    for (const role of ROLES) {
      const want = expected(role, t.needs);
      const { body } = await call(request, t, sessions[role] ?? null, insideAdminLayout(t.path));
      const fallback = body.match(/NEXT_HTTP_ERROR_FALLBACK;(40[13])/)?.[1] ?? "allowed";
      if (fallback !== want) failures.push(`page ${t.name} as ${role}, navigating inside the console: ${fallback}, expected ${want}`);
    }
  }
  for (const t of targets) {
    // Some actions end the session they run in (sign out): every target starts with fresh ones.
    await freshSessions();
    for (const role of ROLES) {
      const want = expected(role, t.needs);
      const variants: Record<string, string>[] = [{}];
      if (want !== "allowed") for (const h of BYPASS_HEADERS) variants.push({ "x-middleware-subrequest": h });
      for (const extra of variants) {
        const { status } = await call(request, t, sessions[role] ?? null, extra);
        const ok = want === "allowed" ? status !== 401 && status !== 403 && status < 500 : status === Number(want);
        if (!ok)
          failures.push(
            `${t.kind} ${t.name} as ${role}${extra["x-middleware-subrequest"] ? ` with x-middleware-subrequest` : ""}: ${status}, expected ${want}`,
          );
      }
    }
  }
  expect(failures).toEqual([]);

  // Nothing the refused (or empty) requests sent was written.
  const auditAfter = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEvent"`);
  expect(auditAfter[0]?.n).toBe(auditBefore[0]?.n);
});

test("the 401 and 403 pages say why, in the page's language, and offer sign-in", async ({ page, browser }) => {
  const anonymous = await page.goto("/fi/admin");
  expect(anonymous?.status()).toBe(401);
  await expect(page.getByTestId("access-unauthorized")).toContainText("Kirjaudu sisään jatkaaksesi");
  await expect(page.getByTestId("access-unauthorized").getByRole("link", { name: "Kirjaudu sisään" })).toHaveAttribute(
    "href",
    /\/fi\/auth\/signin\?callbackUrl=%2Ffi%2Fadmin/,
  );
  const user = await makeUser("EDITOR");
  const context = await browser.newContext({ baseURL: BASE_URL });
  await context.addCookies([{ name: SESSION_COOKIE, value: await createSession(user.id), url: BASE_URL }]);
  const editor = await context.newPage();
  const forbidden = await editor.goto("/sv/admin/tokens");
  expect(forbidden?.status()).toBe(403);
  await expect(editor.getByTestId("access-forbidden")).toContainText("Du har inte åtkomst till den här sidan");
  await context.close();
});

test("admin pages are never stored by shared caches, in any language", async ({ request }) => {
  for (const p of ["/admin", "/fi/admin", "/sv/admin/audit"]) {
    const response = await request.get(p, { failOnStatusCode: false });
    expect(response.headers()["cache-control"], p).not.toMatch(/public/);
  }
});
