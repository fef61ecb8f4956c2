import { statusAction } from "@/lib/candidates/status-http";
import { eraseAllByToken } from "@/lib/candidates/self-service";

export const POST = statusAction(eraseAllByToken, "erased");
