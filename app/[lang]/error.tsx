"use client";

import { useParams } from "next/navigation";
import { ErrorCard, type ErrorProps } from "@/components/site/error-card";

/** An unexpected error on the public site, in the visitor's language. */
export default function PublicError({ error, retry }: ErrorProps) {
  const { lang } = useParams<{ lang: string }>();
  return <ErrorCard lang={lang === "sv" ? "sv" : "en"} digest={error.digest} retry={retry} />;
}
