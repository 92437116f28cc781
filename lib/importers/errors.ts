// Import errors name the file and the field, so a refused file can be fixed or reported. For JSON
// that does not parse (a truncated download, say), the field is found by scanning to the fault.
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

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}

type JsonFault = { path: string; line: number; column: number; truncated: boolean };

class Fault {
  constructor(
    readonly at: number,
    readonly path: (string | number)[],
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Where JSON text stops being valid, and the path of the value being read there. */
export function locateJsonFault(text: string): JsonFault | null {
  let i = 0;
  const path: (string | number)[] = [];
  const fail = (): never => {
    throw new Fault(i, [...path]);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        try {
          return JSON.parse(text.slice(start, i)) as string;
        } catch {
          i = start;
          return fail();
        }
      }
      i += ch === "\\" ? 2 : 1;
    }
    return fail();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const key = string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        path.push(key);
        value();
        ws();
        if (i >= text.length) fail(); // cut right after this value: name it, not its container
        path.pop();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail();
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (let n = 0; ; n++) {
        path.push(n);
        value();
        ws();
        if (i >= text.length) fail();
        path.pop();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail();
      }
    }
    if (c === '"') return void string();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) return void (i += literal.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) return void (i = NUMBER.lastIndex);
    fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    const before = text.slice(0, e.at);
    const line = before.split("\n").length;
    const column = e.at - before.lastIndexOf("\n");
    return { path: e.path.map(String).join(".") || "(root)", line, column, truncated: e.at >= text.length };
  }
}

export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const fault = locateJsonFault(text);
    if (!fault) throw new ImportError(file, "(file)", `not valid JSON (${detail})`);
    const where = `line ${fault.line}, column ${fault.column}`;
    throw new ImportError(
      file,
      fault.path,
      fault.truncated
        ? `the file ends in the middle of this value (${where}): it looks truncated`
        : `not valid JSON at ${where} (${detail})`,
    );
  }
}

export function parseWith<S extends z.ZodType>(file: string, schema: S, value: unknown, root = ""): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [root, ...(issue?.path ?? []).map(String)].filter(Boolean).join(".") || "(root)";
  throw new ImportError(file, path, issue?.message ?? "invalid");
}
