"use client";
// One person's role, changeable in place (a small form per row).
import { useActionState } from "react";
import { IDLE } from "@/lib/http/form";
import { ROLES, type TRole } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/locales";
import { Select } from "../_components/fields";
import { FormFrame, Hidden, Submit, useTranslator } from "../_components/form-frame";
import { setRoleAction } from "./set-role-action";

export function RoleForm({ locale, userId, email, role }: { locale: Locale; userId: string; email: string; role: TRole }) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(setRoleAction, IDLE);
  const saved = state.data as { role?: TRole } | undefined;
  return (
    <form action={action} key={state.id ?? "initial"} className="inline-form" noValidate data-testid={`role-${email}`}>
      <FormFrame
        state={state}
        t={t}
        scope={userId}
        labels={{ role: t("admin.users.roleFor", { email }) }}
        initial={{ role: saved?.role ?? role }}
      >
        <Hidden name="userId" value={userId} />
        <Select
          name="role"
          label={t("admin.users.roleFor", { email })}
          options={ROLES.map((r) => ({ value: r, label: t(`admin.roles.${r}`) }))}
        />
        <Submit variant="secondary">{t("admin.users.submit")}</Submit>
        {state.status === "ok" ? (
          <p role="status" className="small">
            {t("admin.users.saved", { email, role: t(`admin.roles.${saved?.role ?? role}`) })}
          </p>
        ) : null}
      </FormFrame>
    </form>
  );
}
