"use server";
// Server action: register an initiative under a scheme (its rule set in force is snapshotted).
import { redirect } from "next/navigation";
import { guard } from "@/lib/auth/guard";
import { runForm, webContext } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form";
import { zoneFields } from "@/lib/http/zoned";
import { localePath } from "@/lib/i18n/paths";
import { registerInitiative } from "@/lib/initiatives/register-initiative";
import type { TRegisterInitiative } from "@/lib/initiatives/schemas";
import { schemeTimeZone } from "@/lib/rules/admin-queries";
import { localeOf } from "../../_components/form-context";

export async function createInitiativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await guard("ADMIN");
  const ctx = await webContext();
  const run = await runForm(
    formData,
    async (input) => {
      const zone = typeof input.schemeCode === "string" ? await schemeTimeZone(input.schemeCode) : null;
      if (zone) zoneFields(input, ["registeredAt", "openedAt"], zone);
      // Untrusted form input: registerInitiative parses it with ZRegisterInitiative.
      return registerInitiative(actor, input as TRegisterInitiative, ctx);
    },
    { requestId: ctx.requestId },
  );
  if (!run.ok) return run.state;
  redirect(localePath(localeOf(formData), `/admin/initiatives/${run.value.slug}`));
}
