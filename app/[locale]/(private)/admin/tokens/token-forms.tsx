"use client";
// Creating a token (shown once, right here, never again) and revoking one.
import { useActionState } from "react";
import { IDLE } from "@/lib/http/form";
import type { Locale } from "@/lib/i18n/locales";
import type { TApiScope } from "@/lib/tokens/schemas";
import type { FormAction } from "@/lib/http/form-action";
import { Checkboxes, Field } from "../_components/fields";
import { FormFrame, Hidden, Submit, useTranslator } from "../_components/form-frame";

const SCOPE_KEYS = { "counts:write": "countsWrite", "events:write": "eventsWrite", read: "read", webhooks: "webhooks" } as const;

/** The create form of /admin/tokens (every scope) and /me/tokens (the personal scopes). */
export function CreateTokenForm({ locale, action: create, scopes }: { locale: Locale; action: FormAction; scopes: readonly TApiScope[] }) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(create, IDLE);
  const labels = { name: t("admin.tokens.name"), scopes: t("admin.tokens.scopes"), expiresAt: t("admin.tokens.expiresAt") };
  const created = state.status === "ok" ? (state.data as { secret: string; name: string }) : null;
  return (
    <>
      {created ? (
        <div className="notice notice-success" role="status" data-testid="token-created">
          <p>
            <strong>{t("admin.tokens.created", { name: created.name })}</strong>
          </p>
          <label htmlFor="new-token">{t("admin.tokens.secretLabel")}</label>
          <input id="new-token" className="token-secret" type="text" readOnly value={created.secret} data-testid="token-secret" />
          <p className="small">{t("admin.tokens.usage")}</p>
        </div>
      ) : null}
      <form action={action} key={state.id ?? "initial"} noValidate data-testid="token-form">
        <FormFrame state={state} t={t} labels={labels} initial={{ scopes: [...scopes] }}>
          <Field name="name" hint={t("admin.tokens.nameHint")} />
          <Checkboxes
            name="scopes"
            legend={labels.scopes}
            options={scopes.map((s) => ({ value: s, label: `${t(`admin.tokens.scopeLabels.${SCOPE_KEYS[s]}`)} (${s})` }))}
          />
          <Field name="expiresAt" type="date" hint={t("admin.tokens.expiresAtHint")} optional width="medium" />
          <Submit>{t("admin.tokens.submit")}</Submit>
        </FormFrame>
      </form>
    </>
  );
}

export function RevokeTokenForm({
  locale,
  tokenId,
  name,
  action: revoke,
}: {
  locale: Locale;
  tokenId: string;
  name: string;
  action: FormAction;
}) {
  const t = useTranslator(locale);
  const [state, action] = useActionState(revoke, IDLE);
  if (state.status === "ok") return <span role="status">{t("admin.tokens.revokedDone")}</span>;
  return (
    <form action={action} className="inline-form" data-testid={`revoke-${tokenId}`}>
      <FormFrame state={state} t={t} scope={tokenId}>
        <Hidden name="tokenId" value={tokenId} />
        <Submit variant="warning">
          {t("admin.tokens.revoke")}
          <span className="visually-hidden"> {name}</span>
        </Submit>
      </FormFrame>
    </form>
  );
}
