import { openSecret, sealSecret } from "@/lib/security/secret-box";

const PURPOSE = "webhook-url";

/** Endpoint URLs are stored sealed: a chat's incoming-webhook URL is a credential in itself. */
export const sealEndpointUrl = (url: string) => sealSecret(PURPOSE, url);
export const endpointUrl = (row: { url: string }) => openSecret(PURPOSE, row.url);
