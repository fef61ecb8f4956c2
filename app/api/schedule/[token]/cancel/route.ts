import { cancelAction } from "@/lib/scheduling/http";

export const POST = cancelAction;
