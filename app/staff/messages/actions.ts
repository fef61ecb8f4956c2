"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { publicOrigin } from "@/lib/http/origin";
import { resetMessageTemplate, saveMessageTemplate, sendTestMessage } from "@/lib/mail/message-editor";
import { templateInput, templateScope } from "@/lib/validations/messages";

export const saveTemplateAction = validatedAction(templateInput, async (input, actor) => {
  const result = await saveMessageTemplate(actor, input);
  revalidatePath("/staff/messages");
  return result;
});

export const resetTemplateAction = validatedAction(templateScope, async (input, actor) => {
  const result = await resetMessageTemplate(actor, input);
  revalidatePath("/staff/messages");
  return result;
});

export const sendTestAction = validatedAction(templateInput, (input, actor) =>
  sendTestMessage(actor, input, publicOrigin()),
);
