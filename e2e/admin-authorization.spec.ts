// Every admin page, every route handler and every server action (inline ones included), found by
// reading the code, answers as the access it declares beside its handler (lib/http/define-route.ts,
// lib/http/form-action.ts, adminPage(params, role)): 401 to anonymous visitors where a person is
// needed, 403 to signed-in people without the role, and lets the right ones in; public writers
// (/follow, sign-in, unsubscribe) let everyone in without a 5xx. A handler that declares nothing
// fails the test, so a new route cannot slip through. Sending x-middleware-subrequest (the
// CVE-2025-29927 proxy bypass) changes none of it: the checks live in the handlers, never in proxy.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { makeUser } from "@/lib/testing/factories";
import { BASE_URL } from "../playwright.config";
import { createSession, expect, sql, test, SESSION_COOKIE } from "./fixtures";
import { actionRoles, pageRole, routeAccess, type Needs, type Role } from "./support/declared-access";

const root = path.resolve(import.meta.dirname, "..");
const ROLES: (Role | "anonymous")[] = ["anonymous", "USER", "EDITOR", "ADMIN"];
const BYPASS_HEADERS = [
  "middleware:middleware:middleware:middleware:middleware",
  "proxy:proxy:proxy:proxy:proxy",
  "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
];
// The one route file that declares nothing: Auth.js's own endpoints, public by nature (sign-in,
// callbacks, sign-out). Everything else must use defineRoute.
const NOT_DECLARED = new Set(["app/api/auth/[...nextauth]/route.ts"]);

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join("/")],
  );
}
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** Values for dynamic segments; a segment without one fails the test (add it here). */
async function sampleParams(): Promise<Record<string, string>> {
  const [initiative] = await sql<{ slug: string }>(`SELECT slug FROM "Initiative" ORDER BY "createdAt" LIMIT 1`);
  if (!initiative) throw new Error("The seeded database has no initiative");
  // [id]: a webhook that does not exist (the caller's own or not, the access check comes first).
  return { "[slug]": initiative.slug, "[locale]": "", "[source]": "uk-petitions", "[topic]": "elections", "[id]": "no-such-webhook" };
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
  needs: Needs;
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
  const tree = ["", { children: [["locale", "en", "d", null], { children: ["(private)", { children: ["admin", { children: from }] }] }] }];
  return { RSC: "1", "Next-Router-State-Tree": encodeURIComponent(JSON.stringify(tree)) };
}

/** Everything that can be called, with what its code declares; `undeclared` lists what declares nothing. */
async function discover(): Promise<{ targets: Target[]; undeclared: string[] }> {
  const params = await sampleParams();
  const all = files("app");
  const undeclared: string[] = [];
  const pages = all
    .filter((f) => /^app\/\[locale\]\/\(private\)\/admin\/(.*\/)?page\.tsx$/.test(f))
    .flatMap((f): Target[] => {
      const needs = pageRole(read(f));
      if (!needs) {
        undeclared.push(`${f}: an admin page without adminPage(params, role)`);
        return [];
      }
      const p = routeOf(f, params);
      return [{ kind: "page", name: p, method: "GET", path: p, needs }];
    });

  // Route handlers: every method that is not public, and every public one that writes.
  const routes = all
    .filter((f) => /(^|\/)route\.ts$/.test(f) && !NOT_DECLARED.has(f))
    .flatMap((f) =>
      Object.entries(routeAccess(read(f))).flatMap(([method, needs]): Target[] => {
        if (!needs) {
          undeclared.push(`${f}: ${method} is not declared with defineRoute`);
          return [];
        }
        if (needs === "public" && method === "GET") return [];
        const p = routeOf(f, params);
        return [
          {
            kind: "route",
            name: `${method} ${p}`,
            method,
            path: p,
            needs,
            headers: method === "GET" ? {} : { "Content-Type": "application/json", Origin: BASE_URL },
            body: method === "GET" ? undefined : "{}",
          },
        ];
      }),
    );

  // Server actions: every entry of the build's manifest, exported or written inline in a page.
  const manifest = JSON.parse(read(".next/server/server-reference-manifest.json")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const actions = Object.entries(manifest.node).flatMap(([id, entry]): Target[] => {
    const file = entry.filename ?? "?";
    const needs = file === "?" ? undefined : actionRoles(read(file))[entry.exportedName ?? ""];
    if (!needs) {
      undeclared.push(`${file}#${entry.exportedName}: a server action not declared with defineFormAction/definePlainAction`);
      return [];
    }
    const worker = Object.keys(entry.workers)[0] as string; // "app/[locale]/(private)/admin/.../page"
    return [
      {
        kind: "action",
        name: `${file}#${entry.exportedName}`,
        method: "POST",
        path: routeOf(`${worker}.tsx`, params),
        needs,
        headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Origin: BASE_URL, Accept: "text/x-component" },
        body: "[]",
      },
    ];
  });
  return { targets: [...pages, ...routes, ...actions], undeclared };
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

function expected(role: Role | "anonymous", needs: Needs): "401" | "403" | "allowed" {
  if (needs === "public") return "allowed";
  if (role === "anonymous") return "401";
  if (needs === "USER") return "allowed";
  if (role === "USER") return "403";
  if (role === "EDITOR" && needs === "ADMIN") return "403";
  return "allowed";
}

test("every page, route handler and server action enforces the access it declares, whatever the headers", async ({ request }) => {
  test.setTimeout(240_000);
  const { targets, undeclared } = await discover();
  expect(undeclared).toEqual([]);
  // The enumeration found what exists today (a sanity check that the reading works).
  expect(targets.filter((t) => t.kind === "page").length).toBeGreaterThanOrEqual(17);
  expect(targets.filter((t) => t.kind === "action").length).toBeGreaterThanOrEqual(20);
  const slug = (await sampleParams())["[slug]"] as string;
  expect(targets.map((t) => `${t.name} needs ${t.needs}`)).toEqual(
    expect.arrayContaining([
      `POST /api/v1/initiatives/${slug}/counts needs EDITOR`,
      "POST /api/me/follows needs USER",
      "DELETE /api/me/follows needs USER",
      "POST /follow needs public",
      "POST /auth/signin/email needs public",
      "POST /api/unsubscribe needs public",
      "GET /api/admin/audit/export needs ADMIN",
      "app/[locale]/auth/signin/oidc-action.ts#signInWithOidcAction needs public",
    ]),
  );

  const sessions: Record<string, string | null> = { anonymous: null };
  const users = { USER: await makeUser("USER"), EDITOR: await makeUser("EDITOR"), ADMIN: await makeUser("ADMIN") };
  const freshSessions = async () => {
    for (const role of ["USER", "EDITOR", "ADMIN"] as const) sessions[role] = await createSession(users[role].userId);
  };
  await freshSessions();
  const auditBefore = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEvent"`);

  const failures: string[] = [];
  for (const t of targets.filter((x) => x.kind === "page" && x.needs !== "public")) {
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
  await context.addCookies([{ name: SESSION_COOKIE, value: await createSession(user.userId), url: BASE_URL }]);
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
