"use server";
// Server action: preview or commit a CSV of counts (a file, or pasted text; the preview carries the
// text to the commit step so nothing is uploaded twice).
import { recordCountsCsv } from "@/lib/counts/record-counts-csv";
import { defineFormAction, okState } from "@/lib/http/form-action";

export const bulkCountsAction = defineFormAction({ role: "EDITOR", initiative: true }, async ({ actor, ref, input, form, ctx, keep }) => {
  const file = form.get("file");
  const csv = file instanceof File && file.size > 0 ? await file.text() : input.csv;
  // After an error the text stays in the form, so the person can fix the rows the issues name.
  keep({ csv: typeof csv === "string" ? csv : "" });
  const r = await recordCountsCsv(actor, ref, { csv, intent: input.intent }, ctx);
  return okState(
    { committed: r.committed, rows: r.rows, latestTotal: r.latestTotal, flags: r.flags, created: r.created },
    r.committed ? {} : { csv: String(csv) },
  );
});
