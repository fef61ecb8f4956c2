import type { Metadata } from "next";
import { SecondFactorPanel } from "@/components/staff/second-factor-panel";
import { SessionsList } from "@/components/staff/sessions-list";
import { listOwnSessions } from "@/lib/auth/account-sessions";
import { actorOrLogin, currentSession } from "@/lib/auth/current";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { secondFactorStatus } from "@/lib/auth/second-factor/account";
import { env } from "@/lib/env";
import { AvailabilityForm } from "@/components/scheduling/availability-form";
import { CalendarConnectionForm } from "@/components/scheduling/calendar-connection-form";
import { ownAvailability } from "@/lib/scheduling/availability";
import { ownCalendar } from "@/lib/scheduling/calendar-connection";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await actorOrLogin("/staff/account");
  const sessions = await listOwnSessions(await currentSession());
  const secondFactor = await secondFactorStatus(actor);
  const [availability, calendar] = await Promise.all([ownAvailability(actor), ownCalendar(actor)]);
  const timeZones = Intl.supportedValuesOf("timeZone");
  if (!timeZones.includes(availability.timeZone)) timeZones.unshift(availability.timeZone);
  return (
    <>
      <h1>Your account</h1>
      <p>
        {actor.name} · {actor.email} · {ROLE_LABELS[actor.role]}
      </p>
      <h2>Scheduling</h2>
      <p>Candidates who schedule their own interview are offered times inside your hours when you are not busy.</p>
      <AvailabilityForm
        initial={{ timeZone: availability.timeZone, ranges: availability.ranges }}
        timeZones={timeZones}
        isDefault={availability.isDefault}
      />
      <CalendarConnectionForm calendar={calendar} />
      <h2>Second factor</h2>
      <SecondFactorPanel status={secondFactor} />
      <h2>Where you are signed in</h2>
      <p>
        Each sign-in is a session. End one you do not recognise, or every one but this device; it stops working on its
        next request. A session ends by itself after 8 hours without use, and {env().SESSION_MAX_DAYS} days after
        signing in at the latest.
      </p>
      <SessionsList sessions={sessions} />
    </>
  );
}
