export const SERVER_BUNDLE: string;
/** Bundles the server and the sweep's worker into dist/ unless they are current; returns the server's bundle. */
export function compileServer(): Promise<string>;
