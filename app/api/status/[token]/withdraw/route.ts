import { statusAction } from "@/lib/candidates/status-http";
import { withdrawByToken } from "@/lib/candidates/self-service";

export const POST = statusAction(withdrawByToken, "withdrawn");
