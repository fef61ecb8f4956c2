import type { UseFormRegisterReturn } from "react-hook-form";

type Staff = { id: number; name: string; email: string };

/**
 * The interviewer checkboxes, one per colleague, with the list's own error below; the field's
 * registration comes from the form that owns it, so the same schema checks it on both sides.
 */
export function InterviewerFields({
  id,
  legend,
  staff,
  field,
  error,
}: {
  id: string;
  legend: string;
  staff: Staff[];
  field: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <fieldset className="interviewer-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {staff.map((s) => (
        <label key={s.id} className="check">
          <input type="checkbox" value={s.email} {...field} />
          <span>{s.name}</span>
        </label>
      ))}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
