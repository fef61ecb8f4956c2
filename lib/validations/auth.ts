import { z } from "zod";
import { msg } from "./message";
import { ROLES } from "@/lib/auth/roles";
import { singleLine } from "./text";

export const loginInput = z.object({
  email: z.string().trim().min(1, msg("auth.emailRequired")).max(254),
  password: z.string().min(1, msg("auth.passwordRequired")).max(200),
  next: z.string().max(2000).optional(),
});

const email = z
  .string()
  .trim()
  .min(1, msg("auth.userEmailRequired"))
  .max(254)
  .pipe(z.email({ error: msg("auth.userEmailInvalid") }));

export const userCreate = z.object({
  name: singleLine().min(1, msg("auth.nameRequired")).max(200, msg("auth.nameTooLong")),
  email,
  role: z.enum(ROLES, { error: msg("auth.role") }),
});

export const userUpdate = z
  .object({
    name: singleLine().min(1, msg("auth.nameRequired")).max(200).optional(),
    role: z.enum(ROLES, { error: msg("auth.role") }).optional(),
    active: z.boolean({ error: msg("activeBoolean") }).optional(),
  })
  .refine((v) => v.name !== undefined || v.role !== undefined || v.active !== undefined, {
    message: msg("nothingToChange"),
    path: ["form"],
  });

/** For the command line: at least 12 characters. */
export const newPassword = z.string().min(12, msg("auth.passwordTooShort")).max(200);

/** A code from an authenticator app (6 digits) or a recovery code (xxxxx-xxxxx). */
export const codeInput = z.object({
  code: z.string().trim().min(1, msg("auth.codeRequired")).max(20, msg("auth.codeTooLong")),
  next: z.string().max(2000).optional(),
});
