import { afterAll, beforeAll } from "vitest";
import { diskStore } from "@/lib/files/disk-store";
import { setFileStore, type FileStore } from "@/lib/files/store";
import { startS3, type S3Server } from "./s3";

export { storedKeys } from "./s3";

/** The stores CVs can live in; file-related tests run once per store (describe.each). */
export const STORE_KINDS = ["disk", "s3"] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export type StoreUnderTest = { kind: StoreKind; store: FileStore; s3?: S3Server };

/**
 * Makes the process's file store one of this kind for the enclosing describe block: the disk
 * store in the test data's upload folder, or a bucket on a real S3 server (s3rver) that this
 * starts on loopback and stops afterwards.
 */
export function useStore(kind: StoreKind, uploadDir: () => string): StoreUnderTest {
  const under = { kind } as StoreUnderTest;
  beforeAll(async () => {
    if (kind === "s3") {
      under.s3 = await startS3();
      under.store = under.s3.store();
    } else {
      under.store = diskStore(uploadDir());
    }
    setFileStore(under.store);
  });
  afterAll(async () => {
    setFileStore(undefined);
    await under.s3?.stop();
  });
  return under;
}
