// Finding the endpoints to fuzz: every route handler and server action in app/, as its module
// exports it, with the input schema each declares (or lib/testing/fuzz/inputs.ts lists) and the
// role it needs.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { RouteHandler } from "@/lib/http/define-route";
import type { FormAction, PlainAction } from "@/lib/http/form-action";
import { INPUT_SCHEMAS } from "./inputs";
import type { Person } from "./session";

const root = path.resolve(import.meta.dirname, "../../..");

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join("/")],
  );
}
const appFiles = files("app");

export type RouteEndpoint = { kind: "route"; key: string; file: string; method: string; handler: RouteHandler };
export type ActionEndpoint = { kind: "action"; key: string; file: string; action: FormAction | PlainAction };
export type Endpoint = RouteEndpoint | ActionEndpoint;

/** Every route handler and server action in app/, as its module exports it. */
export async function discover(): Promise<{ endpoints: Endpoint[]; undeclared: string[] }> {
  const endpoints: Endpoint[] = [];
  const undeclared: string[] = [];
  for (const file of appFiles.filter((f) => /(^|\/)route\.ts$/.test(f))) {
    if (file === "app/api/auth/[...nextauth]/route.ts") continue; // Auth.js's own, not ours to declare (e2e covers it)
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const handler = mod[method] as RouteHandler | undefined;
      if (!handler) continue;
      if (!handler.spec) undeclared.push(`${method} ${file}: not declared with defineRoute`);
      else endpoints.push({ kind: "route", key: `${method} ${file}`, file, method, handler });
    }
  }
  for (const file of appFiles.filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts") && /^\s*["']use server["']/m.test(read(f)))) {
    const mod = (await import(path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      const action = value as FormAction | PlainAction;
      if (!action.spec) undeclared.push(`${file}#${name}: not declared with defineFormAction/definePlainAction`);
      else endpoints.push({ kind: "action", key: `${file}#${name}`, file, action });
    }
  }
  return { endpoints, undeclared };
}
function read(file: string): string {
  return readFileSync(path.join(root, file), "utf8");
}

/** The input schema of a mutating endpoint: declared beside it, or listed in lib/testing/fuzz/inputs.ts. */
export function inputSchema(e: Endpoint): z.ZodType | null | undefined {
  const listed = INPUT_SCHEMAS[e.key];
  if (listed) return listed;
  if (e.kind === "action") return e.action.spec.schema;
  const declared = e.handler.spec.body;
  // A ZJsonObject body is parsed by the command: its schema must be listed.
  if (declared && (declared as unknown as { _zod: { def: { type: string } } })._zod.def.type === "record") return undefined;
  return declared ?? null; // null: no body declared (anything may come)
}

export const needsOf = (e: Endpoint): "public" | Person["role"] => {
  if (e.kind === "action") return e.action.role === "public" ? "public" : e.action.role;
  const access = e.handler.access;
  return access === "public" ? "public" : access === "user" ? "USER" : access.role;
};
