"use client";
// What one follow brings: a plain form (works without JavaScript, posts to the server action and
// comes back) that, with JavaScript, saves each change at once and says so.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { saveFollowKinds } from "@/lib/follows/query-options";
import type { TFollowKindsInput, TFollowTarget } from "@/lib/follows/schemas";

type Kind = TFollowKindsInput["eventKinds"][number];

export function FollowKindsForm({
  action,
  locale,
  target,
  id,
  kinds,
  chosen,
  labels,
}: {
  action: (form: FormData) => Promise<void>;
  locale: string;
  target: TFollowTarget;
  id: string;
  kinds: readonly { kind: Kind; label: string }[];
  chosen: readonly Kind[];
  labels: { legend: string; hint: string; save: string; saved: string; failed: string };
}) {
  const [selected, setSelected] = useState<readonly Kind[]>(chosen);
  const mutation = useMutation({ mutationFn: (eventKinds: Kind[]) => saveFollowKinds({ target, id, eventKinds }) });
  const toggle = (kind: Kind, on: boolean) => {
    const next = on ? [...selected, kind] : selected.filter((k) => k !== kind);
    setSelected(next);
    mutation.mutate([...next]);
  };
  const hintId = `kinds-hint-${target}-${id}`;
  return (
    <form action={action} className="follow-kinds">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <fieldset className="field checkboxes" aria-describedby={hintId}>
        <legend>{labels.legend}</legend>
        <p id={hintId} className="muted small">
          {labels.hint}
        </p>
        {kinds.map(({ kind, label }) => (
          <div key={kind}>
            <input
              type="checkbox"
              id={`${hintId}-${kind}`}
              name="eventKinds"
              value={kind}
              checked={selected.includes(kind)}
              onChange={(e) => toggle(kind, e.currentTarget.checked)}
            />{" "}
            <label htmlFor={`${hintId}-${kind}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <button className="button button-secondary" type="submit">
        {labels.save}
      </button>{" "}
      <span aria-live="polite" className="small">
        {mutation.isSuccess ? labels.saved : mutation.isError ? labels.failed : ""}
      </span>
    </form>
  );
}
