import { z } from "zod";
import { msg } from "./message";
import { WEBHOOK_KINDS } from "@/db/enums";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { multiLine, singleLine } from "./text";

const eventChoice = z.enum(["all", ...WEBHOOK_EVENT_TYPES], { error: msg("webhooks.events") });

const fields = {
  url: z
    .string({ error: msg("webhooks.url") })
    .trim()
    .min(1, msg("webhooks.url"))
    .max(2000, msg("urlTooLong"))
    .pipe(z.url({ protocol: /^https?$/, error: msg("webhooks.urlScheme") })),
  description: singleLine().max(200, msg("webhooks.descriptionTooLong")),
  events: z
    .array(eventChoice)
    .min(1, msg("webhooks.eventsRequired"))
    .max(WEBHOOK_EVENT_TYPES.length + 1),
  active: z.boolean({ error: msg("activeBoolean") }),
  personalData: z.boolean({ error: msg("webhooks.personalDataBoolean") }),
  personalDataReason: multiLine().max(500, msg("reasonTooLong")),
};

/** Personal data goes only to an endpoint whose admin said why, in words someone can review. */
const reasonGiven = (v: { personalData?: boolean; personalDataReason?: string }) =>
  !v.personalData || (v.personalDataReason ?? "").length >= 10;
const reasonIssue = {
  message: msg("webhooks.personalDataReason"),
  path: ["personalDataReason"],
};

export const webhookEndpointCreate = z
  .object({
    kind: z.enum(WEBHOOK_KINDS, { error: msg("webhooks.kind") }).default("webhook"),
    url: fields.url,
    description: fields.description.default(""),
    events: fields.events,
    active: fields.active.default(true),
    personalData: fields.personalData.default(false),
    personalDataReason: fields.personalDataReason.optional(),
  })
  .refine(reasonGiven, reasonIssue);

export const webhookEndpointUpdate = z
  .object({
    url: fields.url.optional(),
    description: fields.description.optional(),
    events: fields.events.optional(),
    active: fields.active.optional(),
    personalData: fields.personalData.optional(),
    personalDataReason: fields.personalDataReason.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: msg("nothingToChange") })
  .refine(reasonGiven, reasonIssue);
