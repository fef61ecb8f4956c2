"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import type { JobData, JobInput } from "@/lib/validations/job";

export type JobForm = UseFormReturn<JobInput, unknown, JobData>;

/** The message RHF holds at a dotted path such as "stages.2.name.en", if any. */
export function errorAt(errors: FieldErrors<JobInput>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) {
    if (node == null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

/** Every message in the form, with the id of the control it belongs to, for the error summary. */
export function allErrors(errors: unknown, path = ""): { id: string; message: string }[] {
  if (errors == null || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  if (typeof node.message === "string" && "type" in node) return [{ id: fieldId(path), message: node.message }];
  return Object.entries(node).flatMap(([k, v]) => (k === "ref" ? [] : allErrors(v, path ? `${path}.${k}` : k)));
}

export const fieldId = (path: string) => `job-${path.replace(/\./g, "-")}`;

/** Props that tie a control to its error message for screen readers. */
export function described(errors: FieldErrors<JobInput>, path: string) {
  const error = errorAt(errors, path);
  return {
    id: fieldId(path),
    ...(error ? { "aria-invalid": true as const, "aria-describedby": `${fieldId(path)}-error` } : {}),
  };
}

export function ErrorText({ errors, path }: { errors: FieldErrors<JobInput>; path: string }) {
  const error = errorAt(errors, path);
  return error ? (
    <p className="error" id={`${fieldId(path)}-error`}>
      {error}
    </p>
  ) : null;
}

/** Move up, move down and remove for one item of an editable list. */
export function ItemButtons({
  index,
  count,
  label,
  onMove,
  onRemove,
  removeBlockedBecause,
}: {
  index: number;
  count: number;
  label: string;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  removeBlockedBecause?: string;
}) {
  const t = useTranslations("jobAdmin.items");
  return (
    <div className="item-buttons">
      <button
        type="button"
        className="button secondary small"
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        {t("up")}
        <span className="visually-hidden">{t("moveUp", { label })}</span>
      </button>
      <button
        type="button"
        className="button secondary small"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        {t("down")}
        <span className="visually-hidden">{t("moveDown", { label })}</span>
      </button>
      <button
        type="button"
        className="button secondary small"
        disabled={Boolean(removeBlockedBecause)}
        title={removeBlockedBecause}
        onClick={onRemove}
      >
        {t("remove")}
        <span className="visually-hidden">{t("removeWhat", { label })}</span>
      </button>
      {removeBlockedBecause && <span className="hint">{removeBlockedBecause}</span>}
    </div>
  );
}

/** The posting's two languages; their names come from the catalog (`jobAdmin.languages`). */
export const LANGS = ["en", "sv"] as const;
