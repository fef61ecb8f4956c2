// Plain code, no zod: the apply page's bundle (zod/mini) and the staff schemas (classic zod) share it.

/** C0 controls, DEL and C1 controls: a bare carriage return breaks out of a line in a mail header or a calendar file. */
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** The same, but newline and tab stay: they belong in a text area. */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

export const isSingleLine = (v: string): boolean => !ANY_CONTROL.test(v);
export const isMultiLine = (v: string): boolean => !CONTROL_BUT_LINES.test(v);

/** Browsers send a text area's line breaks as CRLF; stored text has plain newlines. */
export const unixLineBreaks = (v: string): string => v.replace(/\r\n/g, "\n");
