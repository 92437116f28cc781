import "server-only";
// Bulk count entry from CSV. The preview runs the real command in a transaction that is rolled
// back, so it reports exactly what committing would (per-row issues, flags, the new total) and
// stores nothing; committing is one recordCounts call: every row or none, one audit row. Times
// without an offset are read in the initiative's time zone.
import { db } from "@/lib/db";
import { requireRole, type Actor, type RequestContext } from "@/lib/auth/actor";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/parse-input";
import { csvPath, parseCountsCsv, type CsvRow } from "./csv";
import { recordCounts, recordCountsInTx, type RecordCountsResult } from "./record-counts";
import { ZCountsCsv } from "./schemas";
import type { InitiativeRef } from "@/lib/initiatives/lock";

export type CountsCsvResult = {
  committed: boolean;
  rows: CsvRow[];
  latestTotal: number | null;
  flags: string[];
  created: number;
};

class Rollback extends Error {
  constructor(readonly result: RecordCountsResult) {
    super("preview: rolled back");
  }
}

export async function recordCountsCsv(actor: Actor, ref: InitiativeRef, input: unknown, ctx: RequestContext): Promise<CountsCsvResult> {
  requireRole(actor, "EDITOR");
  const { csv, intent } = parseInput(ZCountsCsv, input);
  const parsed = parseCountsCsv(csv);
  if (parsed.issues.length)
    throw new AppError("INVALID_INPUT", { userMessage: "The file cannot be read. Nothing was saved.", issues: parsed.issues });
  // Untrusted text cells: the command reads times without an offset in the initiative's time zone
  // and parses the rows with ZRecordCounts like any other input.
  const observations = parsed.rows.map((r) => r.cells);
  try {
    const result =
      intent === "commit" ? await recordCounts(actor, ref, { observations }, ctx) : await preview(actor, ref, { observations }, ctx);
    return {
      committed: intent === "commit",
      rows: parsed.rows,
      latestTotal: result.latestTotal,
      flags: result.flags.map((f) => f.code),
      created: result.created,
    };
  } catch (e) {
    if (!isAppError(e) || e.code !== "INVALID_INPUT") throw e;
    // "observations.3.value" -> "line.5.value": the row as the person sees it in their file.
    const issues = (e.issues ?? []).map((i) => ({ ...i, path: csvPath(parsed.rows, i.path) }));
    throw new AppError("INVALID_INPUT", { userMessage: "Some rows are not valid. Nothing was saved.", issues });
  }
}

async function preview(actor: Actor, ref: InitiativeRef, input: { observations: unknown[] }, ctx: RequestContext) {
  try {
    await db().$transaction(async (tx) => {
      throw new Rollback(await recordCountsInTx(tx, actor, ref, input, ctx));
    });
  } catch (e) {
    if (e instanceof Rollback) return e.result;
    throw e;
  }
  throw new Error("unreachable: the preview transaction always rolls back");
}
