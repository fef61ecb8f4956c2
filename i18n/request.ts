import { getRequestConfig } from "next-intl/server";
import { CATALOGS } from "@/lib/i18n/catalog";
import { forFormatter } from "@/lib/i18n/for-formatter";
import { isLocale } from "@/lib/i18n/locales";
import { TIME_ZONE } from "@/lib/i18n/translator";
import { viewerLocale } from "@/lib/i18n/viewer-locale";

/**
 * next-intl without i18n routing: URLs carry no locale. A call that names one (the public pages,
 * getTranslations({ locale })) gets it; everything else (the staff side) gets the viewer's.
 */
export default getRequestConfig(async ({ locale }) => {
  const chosen = isLocale(locale) ? locale : await viewerLocale();
  return { locale: chosen, messages: forFormatter(CATALOGS[chosen]), timeZone: TIME_ZONE };
});
