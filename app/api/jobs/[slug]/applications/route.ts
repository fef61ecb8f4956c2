import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { answerApplication } from "@/lib/applications/intake-answer";

/**
 * The intake through Next, as `next dev` and the tests serve it. The production server answers
 * this path itself, before Next (scripts/server.ts), with the same function.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const body = request.body ? Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>) : null;
  const answer = await answerApplication({ headers: request.headers, body }, slug);
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}
