import { z } from "zod";
import { WEBHOOK_KINDS } from "@/db/enums";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { multiLine, singleLine } from "./text";

const eventChoice = z.enum(["all", ...WEBHOOK_EVENT_TYPES], { error: "Choose event types Rekry publishes." });

const fields = {
  url: z
    .string({ error: "Please enter the endpoint's URL." })
    .trim()
    .min(1, "Please enter the endpoint's URL.")
    .max(2000, "The URL is too long.")
    .pipe(z.url({ protocol: /^https?$/, error: "Please enter an https:// URL." })),
  description: singleLine().max(200, "Keep the description under 200 characters."),
  events: z
    .array(eventChoice)
    .min(1, "Choose at least one event, or all.")
    .max(WEBHOOK_EVENT_TYPES.length + 1),
  active: z.boolean({ error: "active must be true or false." }),
  personalData: z.boolean({ error: "personalData must be true or false." }),
  personalDataReason: multiLine().max(500, "Keep the reason under 500 characters."),
};

/** Personal data goes only to an endpoint whose admin said why, in words someone can review. */
const reasonGiven = (v: { personalData?: boolean; personalDataReason?: string }) =>
  !v.personalData || (v.personalDataReason ?? "").length >= 10;
const reasonIssue = {
  message: "Say why this endpoint needs the candidate's name and email (at least 10 characters).",
  path: ["personalDataReason"],
};

export const webhookEndpointCreate = z
  .object({
    kind: z.enum(WEBHOOK_KINDS, { error: "Choose the endpoint's type." }).default("webhook"),
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
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Nothing to change." })
  .refine(reasonGiven, reasonIssue);
