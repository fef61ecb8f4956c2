import { isAppError, type AppError } from "@/lib/errors";

/** The AppError a command throws, for asserting its code, message and field errors. */
export function caught(run: () => unknown): AppError {
  try {
    run();
  } catch (e) {
    if (isAppError(e)) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}
