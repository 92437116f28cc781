"use server";
// Server actions: review a data-quality flag (confirm with a public note, or dismiss), or the
// stale-source flag that was computed when the page was viewed.
import { guard } from "@/lib/auth/guard";
import { reviewFlag, reviewStaleSource } from "@/lib/counts/review-flag";
import type { TReviewFlag, TReviewStaleSource } from "@/lib/counts/schemas";
import { runForm, okState, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { initiativeInput } from "../../../_components/form-context";

export async function reviewFlagAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("EDITOR");
  const ctx = await webContext();
  // Untrusted form input: reviewFlag parses it with ZReviewFlag.
  const run = await runForm(formData, (input) => reviewFlag(actor, input as TReviewFlag, ctx), { requestId: ctx.requestId });
  if (!run.ok) return run.state;
  return okState({ status: run.value.status }, {}, { stay: true });
}

export async function reviewStaleSourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("EDITOR");
  const ctx = await webContext();
  const run = await runForm(
    formData,
    async (raw) => {
      const { slug, input } = await initiativeInput(raw);
      // Untrusted form input: reviewStaleSource parses it with ZReviewStaleSource.
      return reviewStaleSource(actor, { slug }, input as TReviewStaleSource, ctx);
    },
    { requestId: ctx.requestId },
  );
  if (!run.ok) return run.state;
  return okState({ status: run.value.status }, {}, { stay: true });
}
