"use server";
// Server actions: review a data-quality flag (confirm with a public note, or dismiss), or the
// stale-source flag that was computed when the page was viewed.
import { reviewFlag, reviewStaleSource } from "@/lib/counts/review-flag";
import { defineFormAction, okState } from "@/lib/http/form-action";

export const reviewFlagAction = defineFormAction({ role: "EDITOR" }, async ({ actor, input, ctx }) => {
  const { status } = await reviewFlag(actor, input, ctx);
  return okState({ status }, {}, { stay: true });
});

export const reviewStaleSourceAction = defineFormAction({ role: "EDITOR", initiative: true }, async ({ actor, ref, input, ctx }) => {
  const { status } = await reviewStaleSource(actor, ref, input, ctx);
  return okState({ status }, {}, { stay: true });
});
