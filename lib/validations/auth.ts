import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { singleLine } from "./text";

export const loginInput = z.object({
  email: z.string().trim().min(1, "Please enter your email.").max(254),
  password: z.string().min(1, "Please enter your password.").max(200),
  next: z.string().max(2000).optional(),
});

const email = z
  .string()
  .trim()
  .min(1, "Please enter an email address.")
  .max(254)
  .pipe(z.email({ error: "Please enter a valid email address." }));

export const userCreate = z.object({
  name: singleLine().min(1, "Please enter a name.").max(200, "The name is too long."),
  email,
  role: z.enum(ROLES, { error: "Choose a role." }),
});

export const userUpdate = z
  .object({
    name: singleLine().min(1, "Please enter a name.").max(200).optional(),
    role: z.enum(ROLES, { error: "Choose a role." }).optional(),
    active: z.boolean({ error: "active must be true or false." }).optional(),
  })
  .refine((v) => v.name !== undefined || v.role !== undefined || v.active !== undefined, {
    message: "Nothing to change.",
    path: ["form"],
  });

/** For the command line: at least 12 characters. */
export const newPassword = z.string().min(12, "The password must be at least 12 characters.").max(200);

/** A code from an authenticator app (6 digits) or a recovery code (xxxxx-xxxxx). */
export const codeInput = z.object({
  code: z.string().trim().min(1, "Please enter the code.").max(20, "That is not a code."),
  next: z.string().max(2000).optional(),
});
