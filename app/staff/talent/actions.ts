"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { publicOrigin } from "@/lib/http/origin";
import { inviteToApply } from "@/lib/people/invite";
import { talentInvite } from "@/lib/validations/people";

/** One email inviting a person from the pool to apply for an open job. */
export const inviteAction = validatedAction(talentInvite, async (input, actor) => {
  const invite = await inviteToApply(actor, input, publicOrigin());
  revalidatePath("/staff/talent");
  return invite;
});
