import { and, eq, isNotNull, isNull, or } from "drizzle-orm";
import type { Database } from "@/db";
import { candidates } from "@/db/schema";
import { personKeysOf } from "./identity";

/**
 * Records stored before person keys existed get theirs at start-up (the normal forms need
 * libphonenumber, so no migration can write them). A value that gives no key is looked at again
 * at the next start, which costs a parse.
 */
export async function fillPersonKeys(db: Database): Promise<number> {
  const missing = await db
    .read()
    .select({
      id: candidates.id,
      phone: candidates.phone,
      linkedinUrl: candidates.linkedinUrl,
      githubUrl: candidates.githubUrl,
    })
    .from(candidates)
    .where(
      and(
        isNull(candidates.erasedAt),
        or(
          and(isNotNull(candidates.phone), isNull(candidates.phoneKey)),
          and(isNotNull(candidates.linkedinUrl), isNull(candidates.linkedinKey)),
          and(isNotNull(candidates.githubUrl), isNull(candidates.githubKey)),
        ),
      ),
    )
    .all();
  let filled = 0;
  for (let i = 0; i < missing.length; i += 500) {
    const batch = missing.slice(i, i + 500).map((c) => ({ id: c.id, keys: personKeysOf(c) }));
    const useful = batch.filter((b) => b.keys.phoneKey || b.keys.linkedinKey || b.keys.githubKey);
    if (useful.length === 0) continue;
    await db.write(async (tx) => {
      for (const b of useful) await tx.update(candidates).set(b.keys).where(eq(candidates.id, b.id)).run();
    });
    filled += useful.length;
  }
  return filled;
}
