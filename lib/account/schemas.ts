// Inputs of a person's own data pages. Deleting an account is confirmed by typing its address.
import { z } from "zod";

export const ZDeleteAccount = z.object({
  confirmEmail: z.string().trim().toLowerCase().max(254).default(""),
});
export type TDeleteAccount = z.infer<typeof ZDeleteAccount>;
