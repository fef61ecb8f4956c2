import { finished, type Duplex, type Readable, type Writable } from "node:stream";

/**
 * `stream/promises`' pipeline for a chain of plain Node streams, without what it adds per call on
 * Node 20: an AbortController that it aborts when the chain settles, which builds a DOMException
 * with its stack every time (about 3 % of the server's thread under the bench's intake, which
 * runs two chains per application). The same contract: resolves when the last stream has
 * finished, rejects with the first error or premature close of any of them, and then destroys
 * them all.
 */
export function pump(source: Readable, ...rest: [...Duplex[], Writable]): Promise<void> {
  const streams = [source, ...rest];
  return new Promise<void>((resolve, reject) => {
    let open = streams.length;
    let settled = false;
    const cleanups: (() => void)[] = [];
    const settle = (error?: Error | null) => {
      if (settled) return;
      if (!error && --open > 0) return;
      settled = true;
      for (const cleanup of cleanups) cleanup();
      if (!error) return resolve();
      for (const stream of streams) stream.destroy();
      reject(error);
    };
    for (const stream of streams) cleanups.push(finished(stream, settle));
    for (let i = 0; i + 1 < streams.length; i++) (streams[i] as Readable).pipe(streams[i + 1] as Writable);
  });
}
