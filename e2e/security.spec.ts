// Attacks on the production build, as the README starts it (APP_URL and AUTH_SECRET only): each
// must fail. Sign-in link host poisoning, Auth.js's own endpoint used as a mailer, several
// recipients in one identifier, formulas in the public CSVs, and the headers that contain damage.
import { randomUUID } from "node:crypto";
import { mergeTests, type APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { makeInitiative } from "@/lib/testing/factories";
import { test as people } from "./fixtures";
import { magicLink, uniqueEmail } from "./support/accounts";
import { expect, test as mail } from "./fixtures";
import { loopbackClient, postSignIn, rawRequest } from "./support/raw-http";

const test = mergeTests(mail, people);

test.describe("sign-in links", () => {
  test("are built on APP_URL whatever Host, X-Forwarded-Host or X-Forwarded-Proto say", async ({ baseURL, smtp }) => {
    const email = uniqueEmail("poisoned");
    const base = baseURL as string;
    const sent = await postSignIn(base, email, {
      headers: {
        host: "attacker.example",
        "x-forwarded-host": "attacker.example",
        "X-FORWARDED-HOST": "evil.example",
        "x-forwarded-proto": "https",
      },
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe(`${base}/auth/check-email`);
    await expect.poll(() => smtp.to(email).length).toBe(1);
    const link = magicLink(smtp.to(email)[0]?.text ?? "");
    expect(new URL(link).origin).toBe(base);
    expect(smtp.to(email)[0]?.html).not.toContain("attacker.example");
  });

  test("Auth.js's own endpoint sends at most SIGNIN_LIMIT_PER_EMAIL links for one address in twelve requests", async ({
    request,
    baseURL,
    smtp,
  }) => {
    const email = uniqueEmail("twelve");
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await request.post("/api/auth/signin/email", {
        form: { email, csrfToken, callbackUrl: "/me" },
        headers: { origin: baseURL as string, "x-forwarded-for": `198.51.100.${i}`, "x-forwarded-host": "attacker.example" },
        maxRedirects: 0,
      });
      statuses.push(response.status());
      if (response.status() === 429) {
        expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
      }
    }
    expect(statuses.filter((s) => s === 302)).toHaveLength(5); // SIGNIN_LIMIT_PER_EMAIL, its default
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    await expect.poll(() => smtp.to(email).length).toBe(5);
    for (const m of smtp.to(email)) expect(new URL(magicLink(m.text)).origin).toBe(baseURL);
  });

  test("Auth.js's endpoint, like our form, refuses a request without our Origin, and sends nothing", async ({ request, smtp }) => {
    const email = uniqueEmail("no-origin");
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    for (const origin of [undefined, "https://attacker.example", "null"]) {
      const response = await request.post("/api/auth/signin/email", {
        form: { email, csrfToken },
        headers: origin ? { origin } : {},
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    }
    // Any other provider id, and our form, are guarded the same way.
    expect((await request.post("/api/auth/signin/nodemailer", { form: { email, csrfToken }, maxRedirects: 0 })).status()).toBe(403);
    expect((await request.post("/auth/signin/email", { form: { email }, maxRedirects: 0 })).status()).toBe(403);
    expect(smtp.to(email)).toHaveLength(0);
  });

  test("an identifier with two recipients, a display name or a line break sends nothing and says why", async ({
    request,
    baseURL,
    smtp,
  }) => {
    const a = uniqueEmail("first");
    const b = uniqueEmail("second");
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const headers = { origin: baseURL as string };
    const cases: [string, string][] = [
      [`${a},${b}`, "Enter one email address only"],
      [`${a}; ${b}`, "Enter one email address only"],
      [`Victim <${a}>`, "without a name"],
      [`${a}\r\nBcc: ${b}`, "right format"],
      [`${a}%0d%0abcc:${b}`, "right format"],
      [`${"x".repeat(400)}@example.org`, "at most 254 characters"],
    ];
    for (const [identifier, message] of cases) {
      const api = await request.post("/api/auth/signin/email", { form: { email: identifier, csrfToken }, headers, maxRedirects: 0 });
      expect(api.status()).toBe(422);
      const body = (await api.json()) as { error: { issues: { path: string; message: string }[] } };
      expect(body.error.issues[0]?.path).toBe("email");
      expect(body.error.issues[0]?.message).toContain(message);
    }
    // A JSON array, or the field twice (Auth.js reads the last one): still exactly one address or nothing.
    const json = await request.post("/api/auth/signin/email", { data: { email: [a, b], csrfToken }, headers, maxRedirects: 0 });
    expect(json.status()).toBe(422);
    const twice = await rawRequest(`${baseURL}/api/auth/signin/email`, {
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: await csrfCookie(request) },
      body: `email=${encodeURIComponent(a)}&email=${encodeURIComponent(b)}&csrfToken=${csrfToken}`,
    });
    expect(twice.status).toBe(302);
    await expect.poll(() => smtp.to(b).length).toBe(1);
    expect(smtp.to(b)[0]?.to).toBe(b);
    expect(smtp.to(a)).toHaveLength(0);
  });

  test("the sign-in form shows the reason inline, without JavaScript", async ({ browser, smtp }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const a = uniqueEmail("form-a");
    await page.goto("/auth/signin");
    await page.getByLabel("Email address").fill(`${a}, ${uniqueEmail("form-b")}`);
    await page.getByRole("button", { name: "Send me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/auth\/signin\?error=several/);
    await expect(page.locator("#email-error")).toHaveText("Enter one email address only: a sign-in link goes to one address");
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await page.goto("/fi/auth/signin");
    await page.getByLabel("Sähköpostiosoite").fill(`Nimi <${a}>`);
    await page.getByRole("button", { name: /kirjautumislinkki/i }).click();
    await expect(page.locator("#email-error")).toContainText("ilman nimeä");
    expect(smtp.to(a)).toHaveLength(0);
    await context.close();
  });
});

/** The CSRF cookie the request context holds, as a Cookie header (for raw requests). */
async function csrfCookie(request: APIRequestContext): Promise<string> {
  const state = await request.storageState();
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

test.describe("public CSVs", () => {
  test("defuse every title that a spreadsheet would run as a formula", async ({ request }) => {
    const marker = randomUUID().slice(0, 8);
    const titles = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1:A9)"].map((t) => `${t} ${marker}`);
    const slugs: string[] = [];
    for (const title of titles) slugs.push((await makeInitiative({ title: { en: title, sv: title } })).slug);
    const rows = parse<Record<string, string>>(await (await request.get("/api/v1/initiatives.csv")).text(), { columns: true });
    const ours = rows.filter((r) => slugs.includes(r.slug ?? ""));
    expect(ours.map((r) => r.title_en).sort()).toEqual(titles.map((t) => `'${t}`).sort());
    for (const r of ours) expect(r.title_sv?.startsWith("'")).toBe(true);
    // The counts CSV goes through the same writer (lib/csv/write.ts, enforced by lint).
    const counts = await request.get(`/api/v1/initiatives/${slugs[0]}/counts.csv`);
    expect(counts.status()).toBe(200);
    expect(await counts.text()).toMatch(/^kind,region,observed_at,value,source,source_url/);
  });
});

test.describe("headers", () => {
  test("a public page carries the cacheable CSP, the badge may be framed, an API answer is locked down", async ({ request }) => {
    const page = await request.get("/");
    const csp = page.headers()["content-security-policy"] ?? "";
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "report-to csp"])
      expect(csp).toContain(directive);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("nonce-");
    expect(page.headers()["cache-control"]).toContain("public");
    expect(page.headers()["reporting-endpoints"]).toMatch(/^csp="http:\/\/localhost:\d+\/api\/csp-report"$/);
    expect(page.headers()["strict-transport-security"]).toBeUndefined(); // plain http, no trusted proxy
    const badge = await request.get("/initiatives/library-opening-hours-demo/badge.svg");
    expect(badge.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(badge.headers()["x-frame-options"]).toBeUndefined();
    expect((await request.get("/api/v1/topics")).headers()["content-security-policy"]).toContain("object-src 'none'");
  });

  test("personal, admin and sign-in pages get a fresh nonce each time, and their scripts run under it", async ({
    signIn,
    page: anonymous,
  }) => {
    const violations: string[] = [];
    const { page } = await signIn("ADMIN");
    for (const p of [page, anonymous]) {
      await p.exposeFunction("reportViolation", (v: string) => violations.push(`${p.url()}: ${v}`));
      await p.addInitScript(() =>
        document.addEventListener(
          "securitypolicyviolation",
          (e) =>
            void (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
    }
    const nonces = new Set<string>();
    for (const [p, path] of [
      [page, "/me"],
      [page, "/admin"],
      [page, "/me"],
      [anonymous, "/auth/signin"],
      [anonymous, "/"],
    ] as const) {
      const response = await p.goto(path);
      const csp = response?.headers()["content-security-policy"] ?? "";
      expect(csp).toContain("object-src 'none'");
      if (path !== "/") {
        const nonce = /'nonce-([^']+)' 'strict-dynamic'/.exec(csp)?.[1];
        expect(nonce, path).toBeTruthy();
        nonces.add(nonce as string);
        expect(response?.headers()["cache-control"]).toContain("no-store");
      }
    }
    expect(nonces.size).toBe(4);
    // Next's runtime ran under the nonce (it sets window.next), on a personal and a public page.
    for (const [p, path] of [
      [page, "/me"],
      [anonymous, "/auth/signin"],
      [anonymous, "/"],
    ] as const) {
      await p.goto(path);
      await expect.poll(() => p.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version))).toBe(true);
    }
    expect(violations).toEqual([]);
  });

  test("CSP reports are logged, and bounded in size and rate", async ({ baseURL }) => {
    const from = loopbackClient();
    const report = JSON.stringify({
      "csp-report": {
        "document-uri": `${baseURL}/me`,
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/x.js",
      },
    });
    const post = (body: string, type = "application/csp-report") =>
      rawRequest(`${baseURL}/api/csp-report`, { headers: { "content-type": type }, body, from });
    expect((await post(report)).status).toBe(204);
    expect(
      (await post(JSON.stringify([{ type: "csp-violation", body: { effectiveDirective: "img-src" } }]), "application/reports+json")).status,
    ).toBe(204);
    expect((await post("x".repeat(20_000))).status).toBe(413);
    expect((await post("not a report")).status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await post(report)).status);
    expect(statuses).toContain(429); // CSP_REPORTS_PER_MINUTE (20) per client
    expect(
      (
        await rawRequest(`${baseURL}/api/csp-report`, {
          headers: { "content-type": "application/csp-report" },
          body: report,
          from: loopbackClient(),
        })
      ).status,
    ).toBe(204);
  });
});
