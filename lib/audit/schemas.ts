// Filters for the audit log (/admin/audit, its CSV export and the JSON endpoint).
import { z } from "zod";
import { issue } from "@/lib/errors/issues";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const ZDay = z.preprocess(blank, z.coerce.date({ message: issue("date") }).optional());

export const ZAuditFilter = z
  .object({
    actor: z.preprocess(blank, z.string().trim().max(254).optional()),
    action: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .max(60)
        .regex(/^[a-z_.]+$/, "Use an action such as observation.create")
        .optional(),
    ),
    initiative: z.preprocess(
      blank,
      z
        .string()
        .trim()
        .max(80)
        .regex(/^[a-z0-9-]+$/, "Use an initiative's address, such as ottawa-withdrawal-2024")
        .optional(),
    ),
    from: ZDay,
    to: ZDay,
    before: z.preprocess(
      blank,
      z
        .string()
        .regex(/^\d{1,19}$/, "Not a position in the log")
        .optional(),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The end date must not be before the start date", path: ["to"] });
export type TAuditFilter = z.infer<typeof ZAuditFilter>;
