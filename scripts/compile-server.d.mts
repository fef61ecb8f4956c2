export const SERVER_BUNDLE: string;
/**
 * Bundles the server and its two workers into `outDir` (dist/ by default) unless they are current;
 * returns the server's bundle.
 */
export function compileServer(outDir?: string): Promise<string>;
/** Packages the webhook runner's bundle leaves to node_modules: compiled native code. */
export const NATIVE_PACKAGES: readonly string[];
