"use server";
// Server action: preview or commit a CSV of counts (a file, or pasted text; the preview carries the
// text to the commit step so nothing is uploaded twice).
import { guard } from "@/lib/auth/guard";
import { recordCountsCsv } from "@/lib/counts/record-counts-csv";
import type { TCountsCsv } from "@/lib/counts/schemas";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import { asFormData, type FormState } from "@/lib/http/form";
import { initiativeInput } from "../../../../_components/form-context";

export async function bulkCountsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("EDITOR");
  const ctx = await webContext();
  const form = asFormData(formData);
  const file = form.get("file");
  const csv = file instanceof File && file.size > 0 ? await file.text() : form.get("csv");
  const run = await runForm(
    formData,
    async (raw) => {
      const { slug } = await initiativeInput(raw);
      // Untrusted: recordCountsCsv parses it with ZCountsCsv.
      return recordCountsCsv(actor, { slug }, { csv, intent: raw.intent } as TCountsCsv, ctx);
    },
    { requestId: ctx.requestId },
  );
  if (!run.ok) return { ...run.state, values: { ...run.state.values, csv: typeof csv === "string" ? csv : "" } };
  const r = run.value;
  return okState(
    { committed: r.committed, rows: r.rows, latestTotal: r.latestTotal, flags: r.flags, created: r.created },
    r.committed ? {} : { csv: String(csv) },
  );
}
