// Reading UK petition files of every known shape into ImportPlans. Pure (text in, plans out).
import { parse as parseCsv } from "csv-parse/sync";
import { z } from "zod";
import { ImportError, parseJsonText, parseWith } from "../errors";
import type { ImportPlan } from "../plan";
import { planUkPetition, UK_SITE, UK_SOURCE, type UkPlanOptions } from "./plan";
import { ZUkLdaTrack, ZUkResource } from "./schemas";

const ZEnvelope = z.object({ data: z.unknown(), links: z.unknown().optional() });

/** A petition JSON (API envelope or bare Jonty `data`), a list page, or a data.parliament.uk track. */
export function readUkJson(file: string, text: string, options: Omit<UkPlanOptions, "file"> = {}): ImportPlan[] {
  const json = parseJsonText(file, text);
  if (typeof json !== "object" || json === null) throw new ImportError(file, "(root)", "expected a JSON object");
  if ("format" in json && (json as { format?: unknown }).format === "linked-data-api") {
    return [planLdaTrack(file, json)];
  }
  if ("data" in json) {
    const envelope = parseWith(file, ZEnvelope, json);
    if (Array.isArray(envelope.data)) {
      return envelope.data.map((item, i) => planUkPetition(parseWith(file, ZUkResource, item, `data.${i}`), { ...options, file }));
    }
    return [planUkPetition(parseWith(file, ZUkResource, envelope.data, "data"), { ...options, file })];
  }
  return [planUkPetition(parseWith(file, ZUkResource, json), { ...options, file })];
}

function observationsOnly(file: string, petitionId: string, observations: ImportPlan["observations"]): ImportPlan {
  return {
    source: UK_SOURCE,
    file,
    externalId: petitionId,
    resourceUrl: `${UK_SITE}/petitions/${petitionId}.json`,
    observations,
    thresholdsReached: [],
    stages: [],
    responses: [],
    warnings: [],
  };
}

/** The track's file name is the petition number; its own ids are data.parliament.uk resource ids. */
function planLdaTrack(file: string, json: unknown): ImportPlan {
  const petitionId = file.match(/(\d+)\.json$/)?.[1];
  if (!petitionId) throw new ImportError(file, "(file name)", "a track file must be named after its petition number, e.g. 104334.json");
  const track = parseWith(file, ZUkLdaTrack, json);
  return observationsOnly(
    file,
    petitionId,
    track.result.items.map((item, i) => {
      const at = new Date(item.date._value);
      if (Number.isNaN(at.getTime())) throw new ImportError(file, `result.items.${i}.date._value`, "not a date");
      return {
        value: item.numberOfSignatures,
        kind: "TOTAL" as const,
        region: "",
        observedAt: at,
        note: "data.parliament.uk e-petition track",
      };
    }),
  );
}

const TIME_COLUMNS = ["observed_at", "timestamp"];
const COUNT_COLUMNS = ["signature_count", "count"];

/**
 * A count history CSV: a time column (observed_at or timestamp; naive times are UTC) and a count
 * column (signature_count or count). Other measures, such as a sum over constituencies, are refused
 * because they are not the petition's total.
 */
export function readUkHistoryCsv(file: string, text: string, petitionId: string): ImportPlan {
  let rows: Record<string, string>[];
  try {
    // Real files mix CRLF and LF line endings (700143's per-minute series switches part-way).
    rows = parseCsv<Record<string, string>>(text.replace(/\r\n?/g, "\n"), { columns: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    throw new ImportError(file, "(file)", `not valid CSV (${e instanceof Error ? e.message : String(e)})`);
  }
  const header = rows.length ? Object.keys(rows[0] as object) : [];
  const timeColumn = TIME_COLUMNS.find((c) => header.includes(c));
  const countColumn = COUNT_COLUMNS.find((c) => header.includes(c));
  if (!timeColumn)
    throw new ImportError(file, "(header)", `needs a time column (${TIME_COLUMNS.join(" or ")}); found ${header.join(", ") || "nothing"}`);
  if (!countColumn) {
    throw new ImportError(
      file,
      "(header)",
      `needs a signature count column (${COUNT_COLUMNS.join(" or ")}); found ${header.join(", ")}: other measures are not the petition's total`,
    );
  }
  const observations = rows.map((row, i) => {
    const line = i + 2;
    const raw = row[timeColumn] ?? "";
    const iso = /[zZ]|[+-]\d{2}:?\d{2}$/.test(raw) ? raw : `${raw.replace(" ", "T")}Z`;
    const at = new Date(iso);
    if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(at.getTime()))
      throw new ImportError(file, `line ${line}: ${timeColumn}`, `"${raw}" is not a date and time`);
    const value = Number(row[countColumn]);
    if (!Number.isInteger(value) || value < 0)
      throw new ImportError(file, `line ${line}: ${countColumn}`, `"${row[countColumn]}" is not a whole number of signatures`);
    return { value, kind: "TOTAL" as const, region: "", observedAt: at };
  });
  if (observations.length === 0) throw new ImportError(file, "(file)", "no rows");
  return observationsOnly(file, petitionId, observations);
}
