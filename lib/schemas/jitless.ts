// zod's configuration lives on globalThis.__zod_globalConfig, shared by every copy of zod loaded
// (zod/v4/core/core.js), so the browser can switch zod to its interpreted parser before any schema
// is built without loading zod itself: public pages, which use no zod, download none.
// Why jitless: zod would probe `new Function("")`; our Content-Security-Policy forbids eval, so the
// probe would report a violation on every admin page.

type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

export function makeZodJitless(): void {
  const g = globalThis as ZodGlobal;
  g.__zod_globalConfig ??= {};
  g.__zod_globalConfig.jitless = true;
}
