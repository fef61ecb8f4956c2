export const CLIENT_ID: string;
export const CLIENT_SECRET: string;
export type Tamper = { claims?: Record<string, unknown>; badSignature?: boolean } | null;
export function startProvider(options: { port?: number; rekryUrl: string }): Promise<{
  issuer: string;
  setTamper(change: Tamper): void;
  close(): Promise<void>;
}>;
