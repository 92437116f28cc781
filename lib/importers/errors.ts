// Import errors name the file and the field, so a refused file can be fixed or reported.
import type { z } from "zod";

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field}: ${reason}`);
    this.name = "ImportError";
  }
}

export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ImportError(file, "(file)", `not valid JSON, the file may be truncated (${detail})`);
  }
}

export function parseWith<S extends z.ZodType>(file: string, schema: S, value: unknown, root = ""): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [root, ...(issue?.path ?? []).map(String)].filter(Boolean).join(".") || "(root)";
  throw new ImportError(file, path, issue?.message ?? "invalid");
}
