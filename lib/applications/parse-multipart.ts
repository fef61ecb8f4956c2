import { Busboy, type BusboyFileStream } from "@fastify/busboy";
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { Transform, type Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/command-text";
import { pump } from "@/lib/http/pump";
import { HEAD_BYTES } from "@/lib/files/sniff";
import { fileClosed, newTempPath, removeQuietly } from "@/lib/files/storage";
import { MAX_CV_BYTES } from "@/lib/validations/application";

export type UploadedFile = {
  tempPath: string;
  name: string;
  size: number;
  sha256: string;
  /** The first HEAD_BYTES bytes, for lib/files/sniff. */
  head: Buffer;
};
export type ParsedMultipart = {
  fields: Record<string, string>;
  file?: UploadedFile;
  /** Fields whose value was cut at the size limit. */
  truncated: string[];
};

const LIMITS = { fields: 30, fieldSize: 64 * 1024, fieldNameSize: 100, files: 1, parts: 40, headerPairs: 20 };
/** The most of an upload held in memory before it is written to its file. */
const WRITE_BYTES = 512 * 1024;
/** Room for the text fields and multipart framing on top of the largest CV. */
const MAX_BODY_BYTES = MAX_CV_BYTES + 512 * 1024;

function tooLarge(): AppError {
  return new AppError("too_large", msg("intake.tooLarge"), { errors: { cv: "cv.tooLarge" } });
}

function malformed(): AppError {
  return new AppError("invalid", msg("intake.notMultipart"), { errors: { form: "form" } });
}

/** An intake request as both servers have it: Next's route (a Web body) and scripts/server.ts (Node's). */
export type IntakeRequest = { headers: Headers; body: Readable | null };

/**
 * Streams a multipart application: text fields into memory (bounded), the one file named `cv`
 * to a temporary file while hashing it. A body over the limits is refused without reading the rest.
 */
export async function parseApplicationMultipart(request: IntakeRequest, uploadDir: string): Promise<ParsedMultipart> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType) || !/boundary=/i.test(contentType)) {
    throw new AppError("unsupported_type", msg("intake.sendMultipart"), {
      errors: { form: "form" },
    });
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw tooLarge();
  const source = request.body;
  if (!source) throw malformed();
  const fields: Record<string, string> = {};
  const truncated: string[] = [];
  let file: UploadedFile | undefined;
  let fileWrite: Promise<void> | undefined;
  let fileStream: BusboyFileStream | undefined;
  let failure: AppError | undefined;
  let received = 0;

  let busboy: InstanceType<typeof Busboy>;
  try {
    busboy = new Busboy({ headers: { "content-type": contentType }, limits: { ...LIMITS, fileSize: MAX_CV_BYTES } });
  } catch {
    throw malformed();
  }

  const fail = (e: AppError) => {
    failure ??= e;
    source.destroy();
    fileStream?.destroy();
  };

  busboy.on("field", (name: string, value: string, _nameTruncated: boolean, valueTruncated: boolean) => {
    // Two values for one field (two emails, two consents) have no single meaning: refuse, never pick one.
    if (Object.hasOwn(fields, name)) {
      fail(new AppError("invalid", msg("intake.repeatedField", { name }), { errors: { [name]: "repeated" } }));
      return;
    }
    fields[name] = value;
    if (valueTruncated) truncated.push(name);
  });

  busboy.on("file", (name: string, stream: BusboyFileStream, filename: string) => {
    // A body cut off inside a part errors the part's stream; unheard, that error would crash the
    // process. The request fails through the parser's own error (or the pipeline below) instead.
    stream.on("error", () => undefined);
    // A browser sends an empty part with filename="" when no file was chosen.
    if (name === "cv" && !filename) {
      stream.resume();
      return;
    }
    if (name !== "cv" || file) {
      stream.resume();
      if (name !== "cv")
        fail(new AppError("invalid", msg("intake.unexpectedFile", { name }), { errors: { [name]: "form" } }));
      return;
    }
    fileStream = stream;
    stream.on("limit", () => fail(tooLarge()));
    fileWrite = (async () => {
      const tempPath = await newTempPath(uploadDir);
      // The request may have failed while the folder was being made; a stream destroyed before
      // the pipeline starts would never settle it.
      if (failure || stream.destroyed) throw failure ?? malformed();
      const hash = createHash("sha256");
      let size = 0;
      const head: Buffer[] = [];
      file = { tempPath, name: filename || "cv", size: 0, sha256: "", head: Buffer.alloc(0) };
      // flush: the file is on disk (fsync) before the stream closes, so an application whose row
      // is committed later never points at a CV a crash could take back.
      // The parts' chunks go to the file in writes of up to WRITE_BYTES, handed over corked so
      // the file stream writes them in one call (no copy): every write is a round trip through
      // libuv's thread pool, and a typical CV now takes one instead of several. The file stream
      // must take a whole batch without asking the pipe to wait, or it would write it piecemeal.
      const out = createWriteStream(tempPath, {
        flags: "wx",
        mode: 0o600,
        flush: true,
        highWaterMark: 2 * WRITE_BYTES,
      });
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const release = (meter: Transform) => {
        out.cork();
        for (const chunk of pending) meter.push(chunk);
        out.uncork();
        pending = [];
        pendingBytes = 0;
      };
      const meter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          if (size < HEAD_BYTES) head.push(chunk.subarray(0, HEAD_BYTES - size));
          size += chunk.length;
          hash.update(chunk);
          pending.push(chunk);
          pendingBytes += chunk.length;
          if (pendingBytes >= WRITE_BYTES) release(this);
          done();
        },
        flush(done) {
          release(this);
          done();
        },
      });
      try {
        await pump(stream, meter, out);
      } catch (e) {
        // Removed only once it is closed (lib/files/storage.ts, fileClosed).
        await fileClosed(out);
        throw e;
      }
      if (stream.truncated) throw tooLarge();
      file.size = size;
      file.sha256 = hash.digest("hex");
      file.head = Buffer.concat(head);
    })();
    fileWrite.catch((e: unknown) => fail(e instanceof AppError ? e : malformed()));
  });

  busboy.on("filesLimit", () => fail(new AppError("invalid", msg("intake.oneCv"), { errors: { cv: "cv.invalid" } })));
  busboy.on("fieldsLimit", () => fail(malformed()));
  busboy.on("partsLimit", () => fail(malformed()));

  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      received += chunk.length;
      if (received > MAX_BODY_BYTES) done(tooLarge());
      else done(null, chunk);
    },
  });

  try {
    await pump(source, counter, busboy);
    await fileWrite;
  } catch (e) {
    // Also ends a file stream the parser left open (a body cut off inside the file part).
    fail(e instanceof AppError ? e : malformed());
  }
  if (failure) {
    await fileWrite?.catch(() => undefined);
    await removeQuietly(file?.tempPath);
    throw failure;
  }
  return { fields, file, truncated };
}
