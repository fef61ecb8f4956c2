"use client";

import { ErrorCard, type ErrorProps } from "@/components/site/error-card";

/** An unexpected error on the sign-in page. */
export default function LoginError({ error, retry }: ErrorProps) {
  return <ErrorCard lang="en" digest={error.digest} retry={retry} />;
}
