"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { endOtherSessions, endOwnSession } from "@/lib/auth/account-sessions";
import { currentSession } from "@/lib/auth/current";

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
