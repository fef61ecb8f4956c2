import { bookAction } from "@/lib/scheduling/http";

export const POST = bookAction;
