"use client";

import { ErrorInPageLanguage } from "@/components/site/error-card";

/** An unexpected error on a status page, in the language its root layout declared. */
export default ErrorInPageLanguage;
