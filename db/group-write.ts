import { db, type Tx } from "./index";

type Pending = { fn: (tx: Tx) => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };

let queue: Pending[] = [];
let scheduled = false;

/**
 * Runs `fn` in a write transaction shared with the other writes queued in the same turn of the
 * event loop (group commit): each in a savepoint of its own, so one that throws is rolled back
 * alone, and one COMMIT for all of them, which writes each changed page once.
 */
export function writeInGroup<T>(fn: (tx: Tx) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
}

function flush(): void {
  scheduled = false;
  const batch = queue;
  queue = [];
  const outcomes: { ok: boolean; value: unknown }[] = [];
  try {
    db().transaction(
      (tx) => {
        for (const pending of batch) {
          try {
            outcomes.push({ ok: true, value: tx.transaction((sp) => pending.fn(sp)) });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
        }
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    for (const pending of batch) pending.reject(error);
    return;
  }
  batch.forEach((pending, i) =>
    outcomes[i]!.ok ? pending.resolve(outcomes[i]!.value) : pending.reject(outcomes[i]!.value),
  );
}
