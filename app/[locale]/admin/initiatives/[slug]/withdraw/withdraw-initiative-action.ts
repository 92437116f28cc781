"use server";
// Server action: withdraw an initiative, with the reason (kept; the public page says so).
import { redirect } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { runForm, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { localePath } from "@/lib/i18n/paths";
import type { TWithdrawInitiative } from "@/lib/initiatives/schemas";
import { withdrawInitiative } from "@/lib/initiatives/withdraw-initiative";
import { initiativeInput, localeOf } from "../../../_components/form-context";

export async function withdrawInitiativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("ADMIN");
  const ctx = await webContext();
  const run = await runForm(
    formData,
    async (raw) => {
      const { slug, input } = await initiativeInput(raw, ["withdrawnAt"]);
      // Untrusted form input: withdrawInitiative parses it with ZWithdrawInitiative.
      return withdrawInitiative(actor, { slug }, input as TWithdrawInitiative, ctx);
    },
    { requestId: ctx.requestId },
  );
  if (!run.ok) return run.state;
  redirect(localePath(localeOf(formData), `/admin/initiatives/${run.value.slug}`));
}
