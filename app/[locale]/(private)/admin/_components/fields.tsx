"use client";
// The fields of admin forms: label, hint, message and the person's input kept after an error.
// Names are the domain schema's paths (see lib/http/form.ts).
import type { ReactNode } from "react";
import { valuesOf } from "@/lib/http/form";
import { LOCALES } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translator";
import { Hint, Message, shown, useField } from "./form-frame";

type Common = { name: string; label?: string; hint?: string; optional?: boolean; lang?: string };

function Label({ id, label, optional, t }: { id: string; label: string; optional?: boolean; t: Translator }) {
  return (
    <label htmlFor={id}>
      {label}
      {optional ? <span className="optional"> {t("admin.form.optional")}</span> : null}
    </label>
  );
}

/** What every single control gets: its id, name, the value to show, and its hint and error links. */
type Control = { id: string; name: string; defaultValue: string; "aria-describedby"?: string; "aria-invalid"?: true };

/** Label, hint and message around one control, which `children` renders from its props. */
function FieldShell({ name, label, hint, optional, children }: Omit<Common, "lang"> & { children: (control: Control) => ReactNode }) {
  const { ctx, id, error, describedBy } = useField(name, hint);
  return (
    <div className={error ? "field field-error" : "field"}>
      <Label id={id} label={label ?? ctx.labels[name] ?? name} optional={optional} t={ctx.t} />
      <Hint id={id} hint={hint} />
      <Message id={id} error={error} t={ctx.t} />
      {children({ id, name, defaultValue: shown(ctx, name), "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
    </div>
  );
}

export function Field({
  type = "text",
  inputMode,
  autoComplete,
  width,
  lang,
  ...common
}: Common & { type?: string; inputMode?: "numeric" | "url" | "email" | "text"; autoComplete?: string; width?: "short" | "medium" }) {
  return (
    <FieldShell {...common}>
      {(control) => (
        <input
          {...control}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? "off"}
          lang={lang}
          className={width ? `input-${width}` : undefined}
        />
      )}
    </FieldShell>
  );
}

export function TextArea({ rows = 4, lang, code, ...common }: Common & { rows?: number; code?: boolean }) {
  return (
    <FieldShell {...common}>
      {(control) => (
        <textarea {...control} rows={rows} lang={lang} className={code ? "code" : undefined} spellCheck={code ? false : undefined} />
      )}
    </FieldShell>
  );
}

export function Select({ options, ...common }: Common & { options: { value: string; label: string }[] }) {
  return (
    <FieldShell {...common}>
      {(control) => (
        <select {...control}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** One text per language (name.en, name.fi, name.sv) in a fieldset. */
export function LocalizedFields({
  name,
  legend,
  hint,
  multiline,
  rows,
}: {
  name: string;
  legend: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
}) {
  const { ctx, id, error } = useField(name, hint);
  const groupError = ctx.state.issues.find((i) => i.path === name);
  return (
    <fieldset className={error ? "field field-error" : "field"} id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      <Hint id={id} hint={hint} />
      <Message id={id} error={groupError} t={ctx.t} />
      {LOCALES.map((l) => {
        const label = ctx.t("admin.form.inLanguage", { language: ctx.t(`admin.form.languages.${l}`) });
        return multiline ? (
          <TextArea key={l} name={`${name}.${l}`} label={label} lang={l} rows={rows} optional />
        ) : (
          <Field key={l} name={`${name}.${l}`} label={label} lang={l} optional />
        );
      })}
    </fieldset>
  );
}

type ChoiceProps = { name: string; legend: string; hint?: string; options: { value: string; label: string }[] };

/** Checkboxes or radio buttons in a fieldset, keeping what was chosen when the form comes back with errors. */
function ChoiceGroup({ type, name, legend, hint, options }: ChoiceProps & { type: "checkbox" | "radio" }) {
  const { ctx, id, error, describedBy } = useField(name, hint);
  const submitted = ctx.state.status !== "ok" && ctx.state.status !== "idle";
  const chosen = type === "radio" ? [shown(ctx, name)] : valuesOf(submitted ? ctx.state.values : ctx.initial, name);
  return (
    <fieldset className={error ? "field field-error" : "field"} aria-describedby={describedBy} id={id}>
      <legend>{legend}</legend>
      <Hint id={id} hint={hint} />
      <Message id={id} error={error} t={ctx.t} />
      <div className="checkboxes">
        {options.map((o) => (
          <div key={o.value}>
            <input
              type={type}
              id={`${id}-${o.value}`}
              name={type === "checkbox" ? `${name}[]` : name}
              value={o.value}
              defaultChecked={chosen.includes(o.value)}
            />{" "}
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A group of checkboxes sent as name[] (a list). */
export function Checkboxes(props: ChoiceProps) {
  return <ChoiceGroup type="checkbox" {...props} />;
}

/** One choice of several, as radio buttons. */
export function Radios(props: ChoiceProps) {
  return <ChoiceGroup type="radio" {...props} />;
}
