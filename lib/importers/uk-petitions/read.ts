// Reading UK petition files of every known shape into ImportPlans. Pure (text in, plans out).
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { z } from "zod";
import { ImportError, parseJsonText, parseWith } from "../errors";
import type { ImportPlan } from "../plan";
import { planUkPetition, UK_SOURCE, type UkPlanOptions } from "./plan";
import { ZUkLdaTrack, ZUkResource } from "./schemas";

const ZEnvelope = z.object({ data: z.unknown(), links: z.unknown().optional() });

export type UkReadOptions = Omit<UkPlanOptions, "file">;

/** A petition JSON (API envelope or bare Jonty `data`), a list page, or a data.parliament.uk track. */
export function readUkJson(file: string, text: string, options: UkReadOptions = {}): ImportPlan[] {
  const json = parseJsonText(file, text);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new ImportError(file, "(root)", "expected a JSON object");
  if ("format" in json && (json as { format?: unknown }).format === "linked-data-api") {
    return [planLdaTrack(file, json)];
  }
  if ("data" in json) {
    const envelope = parseWith(file, ZEnvelope, json);
    if (Array.isArray(envelope.data)) {
      // Parse every row before planning any, so a bad row refuses the whole page.
      const rows = envelope.data.map((item, i) => parseWith(file, ZUkResource, item, `data.${i}`));
      return rows.map((row) => planUkPetition(row, { ...options, file }));
    }
    const resource = parseWith(file, ZUkResource, envelope.data, "data");
    // The API puts the resource's own address in the envelope; Jonty's files put it inside `data`.
    const self = (envelope.links as { self?: unknown } | undefined)?.self;
    if (!resource.links?.self && typeof self === "string") resource.links = { ...resource.links, self };
    return [planUkPetition(resource, { ...options, file })];
  }
  return [planUkPetition(parseWith(file, ZUkResource, json), { ...options, file })];
}

/** The next page of a list response (`links.next`), or null. */
export function ukNextPage(text: string): string | null {
  const json = JSON.parse(text) as { links?: { next?: unknown } };
  return typeof json.links?.next === "string" ? json.links.next : null;
}

function observationsOnly(file: string, petitionId: string, observations: ImportPlan["observations"], warnings: string[] = []): ImportPlan {
  return {
    source: UK_SOURCE,
    file,
    externalId: petitionId,
    countMode: "series",
    observations,
    thresholdsReached: [],
    stages: [],
    responses: [],
    warnings,
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
// Series of other measures that real files carry: recognised, but not the petition's total.
const OTHER_MEASURES: Record<string, string> = {
  constituency_signature_sum: "the sum of signatures_by_constituency (UK constituencies only), not the petition's signature_count",
};

/** A petition number from a file name such as 241584_git-history_evilneuro.csv. */
export function petitionIdFromFileName(file: string): string | null {
  return path.basename(file).match(/^(\d+)[_.-]/)?.[1] ?? null;
}

/**
 * A count history CSV: a time column (observed_at or timestamp; naive times are UTC) and a count
 * column (signature_count or count). A series of another measure, such as a sum over
 * constituencies, is recognised and left out with a warning: it is not the petition's total.
 */
export function readUkHistoryCsv(file: string, text: string, petitionId: string): ImportPlan {
  if (!/^\d+$/.test(petitionId)) throw new ImportError(file, "(petition id)", `"${petitionId}" is not a petition number`);
  let rows: string[][];
  try {
    // Real files mix CRLF and LF line endings (700143's per-minute series switches part-way).
    rows = parseCsv(text.replace(/\r\n?/g, "\n"), { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (e) {
    throw new ImportError(file, "(file)", `not valid CSV (${e instanceof Error ? e.message : String(e)})`);
  }
  const header = rows[0] ?? [];
  const timeIndex = header.findIndex((c) => TIME_COLUMNS.includes(c));
  const countIndex = header.findIndex((c) => COUNT_COLUMNS.includes(c));
  if (timeIndex < 0)
    throw new ImportError(file, "(header)", `needs a time column (${TIME_COLUMNS.join(" or ")}); found ${header.join(", ") || "nothing"}`);
  if (countIndex < 0) {
    const other = header.find((c) => c in OTHER_MEASURES);
    if (other) return observationsOnly(file, petitionId, [], [`column "${other}" is ${OTHER_MEASURES[other]}: no counts imported`]);
    throw new ImportError(file, "(header)", `needs a signature count column (${COUNT_COLUMNS.join(" or ")}); found ${header.join(", ")}`);
  }
  const timeColumn = header[timeIndex] as string;
  const countColumn = header[countIndex] as string;
  const observations = rows.slice(1).map((row, i) => {
    const line = i + 2;
    if (row.length !== header.length)
      throw new ImportError(file, `line ${line}`, `has ${row.length} columns, the header has ${header.length}: the file may be truncated`);
    const raw = row[timeIndex] ?? "";
    const iso = /[zZ]|[+-]\d{2}:?\d{2}$/.test(raw) ? raw : `${raw.replace(" ", "T")}Z`;
    const at = new Date(iso);
    if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(raw) || Number.isNaN(at.getTime()))
      throw new ImportError(file, `line ${line}: ${timeColumn}`, `"${raw}" is not a date and time`);
    const count = row[countIndex] ?? "";
    const value = /^\d+$/.test(count) ? Number(count) : NaN;
    if (!Number.isSafeInteger(value))
      throw new ImportError(file, `line ${line}: ${countColumn}`, `"${count}" is not a whole number of signatures`);
    return { value, kind: "TOTAL" as const, region: "", observedAt: at };
  });
  if (observations.length === 0) throw new ImportError(file, "(file)", "no rows");
  return observationsOnly(file, petitionId, observations);
}
