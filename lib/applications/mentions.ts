/** A staff user as far as @mentions are concerned. */
export type Mentionable = { id: number; name: string; email: string };

const localPart = (email: string) => email.slice(0, email.indexOf("@")).toLowerCase();

/**
 * The handle to type for each colleague: the part of the email before "@", or the whole email
 * when two colleagues share that part (so a mention never reaches the wrong person).
 */
export function mentionHandles(users: readonly Mentionable[]): (Mentionable & { handle: string })[] {
  const counts = new Map<string, number>();
  for (const u of users) counts.set(localPart(u.email), (counts.get(localPart(u.email)) ?? 0) + 1);
  return users.map((u) => ({
    ...u,
    handle: counts.get(localPart(u.email)) === 1 ? localPart(u.email) : u.email.toLowerCase(),
  }));
}

// "@" not preceded by a word or email character, so "maja@example.com" in prose is not a mention.
const MENTION = /(?<![\p{L}\p{N}._%+-])@([\p{L}\p{N}._%+-]+(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?)/gu;

/** The ids of the colleagues a note mentions, in order of first mention, each once. */
export function resolveMentions(body: string, users: readonly Mentionable[]): number[] {
  const byHandle = new Map<string, number>();
  for (const u of mentionHandles(users)) {
    byHandle.set(u.handle, u.id);
    byHandle.set(u.email.toLowerCase(), u.id);
  }
  const ids: number[] = [];
  for (const match of body.matchAll(MENTION)) {
    // A sentence may end right after a mention: "ask @maja."
    const token = (match[1] ?? "").replace(/\.+$/, "").toLowerCase();
    const id = byHandle.get(token);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
