"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/actions/validated-action";
import { webhookEndpointCreate, webhookEndpointUpdate } from "@/lib/validations/webhooks";
import { resendDelivery } from "@/lib/webhooks/deliveries";
import { createEndpoint, deleteEndpoint, rotateEndpointSecret, updateEndpoint } from "@/lib/webhooks/endpoints";

const byId = z.object({ id: z.number().int().positive() });

export const createEndpointAction = validatedAction(webhookEndpointCreate, async (input, actor) => {
  const result = await createEndpoint(actor, input);
  revalidatePath("/staff/integrations");
  return result;
});

export const updateEndpointAction = validatedAction(
  byId.extend({ changes: webhookEndpointUpdate }),
  async (input, actor) => {
    const endpoint = await updateEndpoint(actor, input.id, input.changes);
    revalidatePath("/staff/integrations");
    return endpoint;
  },
);

export const rotateSecretAction = validatedAction(byId, (input, actor) => rotateEndpointSecret(actor, input.id));

export const deleteEndpointAction = validatedAction(byId, async (input, actor) => {
  await deleteEndpoint(actor, input.id);
  revalidatePath("/staff/integrations");
  return { deleted: input.id };
});

export const resendDeliveryAction = validatedAction(byId, async (input, actor) => {
  const delivery = await resendDelivery(actor, input.id);
  revalidatePath("/staff/integrations");
  return delivery;
});
