"use client";

import { ErrorCard, type ErrorProps } from "@/components/site/error-card";

/** An unexpected error on a status page, in the language its root layout declared. */
export default function StatusError({ error, retry }: ErrorProps) {
  const lang = typeof document !== "undefined" && document.documentElement.lang === "sv" ? "sv" : "en";
  return <ErrorCard lang={lang} digest={error.digest} retry={retry} />;
}
