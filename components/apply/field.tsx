import type { ReactNode } from "react";
import type { ApplyText } from "@/lib/i18n/apply";

type ControlAttrs = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** A labelled control with its hint and error, wired for screen readers. */
export function Field({
  name, label, hint, error, required, t, children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  t: ApplyText;
  children: (attrs: ControlAttrs) => ReactNode;
}) {
  const id = `f-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <span className="tag">({required ? t.required : t.optional})</span>
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
