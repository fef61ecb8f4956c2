import type { ReactNode } from "react";

export type ControlAttrs = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/** A labelled control with its hint and error, wired for screen readers; used by every form. */
export function Field({
  id,
  label,
  tag,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  /** A short note beside the label, such as "(required)". */
  tag?: string;
  hint?: string;
  error?: string;
  children: (attrs: ControlAttrs) => ReactNode;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {tag && <span className="tag"> ({tag})</span>}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
