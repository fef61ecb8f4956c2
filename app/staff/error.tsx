"use client";

import { ErrorCard, type ErrorProps } from "@/components/site/error-card";

/** An unexpected error on a staff page; the header stays, so the way on is still there. */
export default function StaffError({ error, retry }: ErrorProps) {
  return <ErrorCard lang="en" digest={error.digest} retry={retry} />;
}
