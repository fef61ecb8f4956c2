"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { endOtherSessions, endOwnSession } from "@/lib/auth/account-sessions";
import { currentActor, currentSession } from "@/lib/auth/current";
import { saveOwnAvailability } from "@/lib/scheduling/availability";
import { connectOwnCalendar, disconnectOwnCalendar, testOwnCalendar } from "@/lib/scheduling/calendar-connection";
import { availabilityInput, calendarConnectionInput } from "@/lib/validations/availability";
import { beginOwnEnrolment, confirmOwnEnrolment, removeOwnSecondFactor } from "@/lib/auth/second-factor/account";
import { env } from "@/lib/env";
import { commandMessage } from "@/lib/i18n/command-message";
import { actionLocale } from "@/lib/i18n/viewer-locale";
import { clientIp } from "@/lib/security/client-ip";
import { setOwnLocale } from "@/lib/users/locale";
import { codeInput } from "@/lib/validations/auth";
import { localeChoice } from "@/lib/validations/locale";
import { headers } from "next/headers";

const sessionId = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, "Not a session.") });

export const endSessionAction = validatedAction(sessionId, async (input) => {
  await endOwnSession(await currentSession(), input.id);
  revalidatePath("/staff/account");
  return null;
});

export const endOtherSessionsAction = validatedAction(z.object({}), async () => {
  const ended = await endOtherSessions(await currentSession());
  revalidatePath("/staff/account");
  return { ended };
});

const ip = async () => clientIp(await headers(), env().TRUST_PROXY);

export const beginEnrolmentAction = validatedAction(z.object({}), (_input, actor) => beginOwnEnrolment(actor));

export const confirmEnrolmentAction = validatedAction(codeInput, async (input, actor) => {
  const recoveryCodes = await confirmOwnEnrolment(actor, input.code, await ip());
  revalidatePath("/staff/account");
  return { recoveryCodes };
});

export const removeSecondFactorAction = validatedAction(codeInput, async (input, actor) => {
  await removeOwnSecondFactor(actor, input.code, await ip());
  revalidatePath("/staff/account");
  return null;
});

export const saveAvailabilityAction = validatedAction(availabilityInput, async (input, actor) => {
  const saved = await saveOwnAvailability(actor, input);
  revalidatePath("/staff/account");
  return saved;
});

export const connectCalendarAction = validatedAction(calendarConnectionInput, async (input, actor) => {
  const { message } = await connectOwnCalendar(actor, input);
  revalidatePath("/staff/account");
  return { message: commandMessage(await actionLocale(actor), message) };
});

export async function testCalendarAction(): Promise<{ ok: boolean; message: string }> {
  const actor = await currentActor();
  const { ok, message } = await testOwnCalendar(actor);
  return { ok, message: commandMessage(await actionLocale(actor), message) };
}

export async function disconnectCalendarAction(): Promise<{ ok: boolean; message: string }> {
  await disconnectOwnCalendar(await currentActor());
  revalidatePath("/staff/account");
  return { ok: true, message: "Calendar disconnected; its address and password are deleted." };
}

export const setLocaleAction = validatedAction(localeChoice, async (input, actor) => {
  await setOwnLocale(actor, input.locale || null);
  revalidatePath("/staff", "layout");
  return null;
});
