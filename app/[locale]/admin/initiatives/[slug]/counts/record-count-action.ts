"use server";
// Server action: record one count, or a correction of one (a new observation superseding it).
import { redirect } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { recordCounts } from "@/lib/counts/record-counts";
import type { TObservationInput } from "@/lib/counts/schemas";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { localePath } from "@/lib/i18n/paths";
import { initiativeInput, localeOf } from "../../../_components/form-context";

export async function recordCountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("EDITOR");
  const ctx = await webContext();
  const run = await runForm(
    formData,
    async (raw) => {
      const { slug, input } = await initiativeInput(raw, ["observedAt"]);
      // Untrusted form input: recordCounts parses it with ZRecordCounts.
      return recordCounts(actor, { slug }, { observations: [input as TObservationInput] }, ctx);
    },
    { requestId: ctx.requestId, stripPrefix: "observations.0." },
  );
  if (!run.ok) return run.state;
  if (formData.get("supersedesId")) redirect(`${localePath(localeOf(formData), `/admin/initiatives/${run.value.slug}`)}?corrected=1`);
  return okState({ latestTotal: run.value.latestTotal, flags: run.value.flags.map((f) => f.code) });
}
