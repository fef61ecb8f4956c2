import { statusAction } from "@/lib/candidates/status-http";
import { eraseByToken } from "@/lib/candidates/self-service";

export const POST = statusAction(eraseByToken, "erased");
