// Inputs for managing people: roles, and bootstrapping the first admin from the command line.
import { z } from "zod";
import { issue } from "@/lib/errors/issues";
import { ROLES } from "@/lib/auth/actor";

export const ZEmail = z.string().trim().toLowerCase().email(issue("email")).max(254);

export const ZSetRole = z.object({
  userId: z.string().min(1, "Choose a person"),
  role: z.enum(ROLES, { message: "Choose USER, EDITOR or ADMIN" }),
});
export type TSetRole = z.input<typeof ZSetRole>;

export const ZGrantAdmin = z.object({ email: ZEmail });

export const ZUserFilter = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  role: z.enum(ROLES).optional(),
});
export type TUserFilter = z.infer<typeof ZUserFilter>;
