"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { endUserSessions } from "@/lib/auth/account-sessions";
import { resetSecondFactor } from "@/lib/auth/second-factor/account";
import { createUser, resetPassword, updateUser } from "@/lib/users/users";
import { userCreate, userUpdate } from "@/lib/validations/auth";

const userId = z.object({ id: z.number().int().positive() });

export const createUserAction = validatedAction(userCreate, async (input, actor) => {
  const result = await createUser(actor, input);
  revalidatePath("/staff/users");
  return result;
});

export const updateUserAction = validatedAction(userId.extend({ changes: userUpdate }), async (input, actor) => {
  const user = await updateUser(actor, input.id, input.changes);
  revalidatePath("/staff/users");
  return user;
});

export const resetPasswordAction = validatedAction(userId, (input, actor) => resetPassword(actor, input.id));

export const endUserSessionsAction = validatedAction(userId, (input, actor) => endUserSessions(actor, input.id));

export const resetSecondFactorAction = validatedAction(userId, async (input, actor) => {
  const result = await resetSecondFactor(actor, input.id);
  revalidatePath("/staff/users");
  return result;
});
