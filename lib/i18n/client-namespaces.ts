import type { Messages } from "./catalog";

type Namespace = keyof Messages;

/**
 * The catalog namespaces the browser needs, per page: those its client components translate with
 * (server components translate on the server and send only the words). A page is sent these and
 * no others, so the board page carries about 23 KB of messages instead of the whole 88 KB catalog,
 * which the server would otherwise serialise into every staff page (about 10 % of the board's
 * server time). tests/unit/client-namespaces.test.ts follows each page's imports and fails when a
 * list here differs from what its client components use; a page with none is not listed.
 */
export const CLIENT_NAMESPACES = {
  /** The staff layout's own (its menu button) and its error page's. */
  "app/staff/layout": ["nav"],
  /** Every page under app/login, through its layout. */
  "app/login/layout": ["auth", "validation"],
  "/staff/account": ["account", "auth", "common", "scheduling", "users", "validation"],
  "/staff/applications/[id]": ["application", "board", "common", "emails", "feedback", "scheduling", "validation"],
  "/staff/integrations": ["integrations", "validation"],
  "/staff/integrations/[id]": ["integrations"],
  "/staff/interviews/[id]": ["common", "feedback", "scorecard", "validation"],
  "/staff/jobs/[slug]": ["application", "board", "common", "validation"],
  "/staff/jobs/[slug]/edit": ["board", "common", "jobAdmin", "validation"],
  "/staff/jobs/new": ["board", "common", "jobAdmin", "validation"],
  "/staff/messages": ["messages", "validation"],
  "/staff/talent": ["talent"],
  "/staff/users": ["common", "users", "validation"],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientMessagesOf = keyof typeof CLIENT_NAMESPACES;

/** The part of a catalog that `place`'s client components need. */
export function clientMessages(messages: Record<string, unknown>, place: ClientMessagesOf): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES[place].map((namespace) => [namespace, messages[namespace]]));
}
