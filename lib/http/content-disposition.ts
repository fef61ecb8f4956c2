/**
 * A Content-Disposition value that keeps a file name in any script: an ASCII fallback for old
 * clients and the exact UTF-8 name in filename* (RFC 6266 / RFC 8187). Quotes, backslashes and
 * control characters never reach the header, so a crafted name cannot break out of it.
 */
export function contentDisposition(type: "attachment" | "inline", name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, "").trim() || "cv";
  const ascii = clean
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
