import { z } from "zod";
import { msg } from "./message";
import { isMultiLine, isSingleLine, unixLineBreaks } from "./control-chars";

const CONTROL_MESSAGE = msg("controlChars");

/** A one-line text as people type it: trimmed, no control characters at all. */
export const singleLine = () => z.string().trim().refine(isSingleLine, CONTROL_MESSAGE);

/** A text area: CRLF becomes a newline; newlines and tabs are allowed, other control characters not. */
export const multiLine = () => z.string().overwrite(unixLineBreaks).trim().refine(isMultiLine, CONTROL_MESSAGE);
