"use client";

import { useLocale } from "next-intl";
import { ErrorCard, type ErrorProps } from "@/components/site/error-card";
import { isLocale } from "@/lib/i18n/locales";

/** An unexpected error on a staff page; the header stays, so the way on is still there. */
export default function StaffError({ error, retry }: ErrorProps) {
  const locale = useLocale();
  return <ErrorCard lang={isLocale(locale) ? locale : "en"} digest={error.digest} retry={retry} />;
}
