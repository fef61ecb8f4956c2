import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import type { Actor } from "@/lib/auth/permissions";
import { renderMarkdown } from "@/lib/markdown";

/**
 * The editor's live preview, rendered on the server by the very renderer the posting uses, so
 * what staff see is what candidates get, and markdown-it never ships to a browser.
 */
export function previewMarkdown(actor: Actor | null, source: string): string {
  requirePermission(actor, "jobs.manage");
  return renderMarkdown(source);
}
