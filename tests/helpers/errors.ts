import { isAppError, type AppError } from "@/lib/errors";

/** The AppError a command throws or rejects with, for asserting its code, message and field errors. */
export async function caught(run: () => unknown): Promise<AppError> {
  try {
    await run();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}
