"use server";
// Server action: change a person's role (admins only; not their own).
import { defineFormAction, okState } from "@/lib/http/form-action";
import { setRole } from "@/lib/users/set-role";

export const setRoleAction = defineFormAction({ role: "ADMIN" }, async ({ actor, input, ctx }) => {
  const { email, role } = await setRole(actor, input, ctx);
  return okState({ email, role });
});
