import { PassThrough, Readable, Transform, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { pump } from "@/lib/http/pump";

const sink = (into: Buffer[]) =>
  new Writable({
    write(chunk: Buffer, _enc, done) {
      setImmediate(() => (into.push(chunk), done()));
    },
  });

describe("pump, the intake's pipeline", () => {
  it("resolves once the last stream has finished, with every chunk through", async () => {
    const got: Buffer[] = [];
    const out = sink(got);
    await pump(Readable.from([Buffer.from("a"), Buffer.from("b"), Buffer.from("c")]), new PassThrough(), out);
    expect(Buffer.concat(got).toString()).toBe("abc");
    expect(out.writableFinished).toBe(true);
  });

  it("rejects with the first error of a stream in the middle and destroys them all", async () => {
    const source = new PassThrough();
    const failing = new Transform({ transform: (_c, _e, done) => done(new Error("too large")) });
    const out = sink([]);
    const done = pump(source, failing, out);
    source.write("x");
    await expect(done).rejects.toThrow("too large");
    expect([source.destroyed, failing.destroyed, out.destroyed]).toEqual([true, true, true]);
  });

  it("rejects when the source closes before its end (a client gone mid-upload)", async () => {
    const source = new PassThrough();
    const out = sink([]);
    const done = pump(source, out);
    source.write("partial");
    source.destroy();
    await expect(done).rejects.toThrow(/premature close/i);
    expect(out.destroyed).toBe(true);
  });
});
