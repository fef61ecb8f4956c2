import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { LanguageForm } from "@/components/staff/language-form";
import { SecondFactorPanel } from "@/components/staff/second-factor-panel";
import { SessionsList } from "@/components/staff/sessions-list";
import { listOwnSessions } from "@/lib/auth/account-sessions";
import { actorOrLogin, currentSession } from "@/lib/auth/current";
import { secondFactorStatus } from "@/lib/auth/second-factor/account";
import { env } from "@/lib/env";
import { AvailabilityForm } from "@/components/scheduling/availability-form";
import { CalendarConnectionForm } from "@/components/scheduling/calendar-connection-form";
import { ownAvailability } from "@/lib/scheduling/availability";
import { ownCalendar } from "@/lib/scheduling/calendar-connection";
import { localeFromAcceptLanguage } from "@/lib/i18n/accept-language";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await actorOrLogin("/staff/account");
  const sessions = await listOwnSessions(await currentSession());
  const secondFactor = await secondFactorStatus(actor);
  const [availability, calendar] = await Promise.all([ownAvailability(actor), ownCalendar(actor)]);
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(availability.timeZone)) timeZones.unshift(availability.timeZone);
  const t = await getTranslations("account");
  const roles = await getTranslations("common.roles");
  const scheduling = await getTranslations("scheduling");
  const browser = localeFromAcceptLanguage((await headers()).get("accept-language"));
  return (
    <ClientMessages of="/staff/account">
      <>
        <h1>{t("title")}</h1>
        <p>
          {actor.name} · {actor.email} · {roles(actor.role)}
        </p>
        <h2>{scheduling("heading")}</h2>
        <p>{scheduling("intro")}</p>
        <AvailabilityForm
          initial={{ timeZone: availability.timeZone, ranges: availability.ranges }}
          timeZones={timeZones}
          isDefault={availability.isDefault}
        />
        <CalendarConnectionForm calendar={calendar} />

        <h2>{t("language")}</h2>
        <LanguageForm current={actor.locale ?? null} browser={browser} />
        <h2>{t("secondFactor")}</h2>
        <SecondFactorPanel status={secondFactor} />
        <h2>{t("sessions")}</h2>
        <p>{t("sessionsIntro", { days: env().SESSION_MAX_DAYS })}</p>
        <SessionsList sessions={sessions} />
      </>
    </ClientMessages>
  );
}
