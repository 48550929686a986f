import { z } from "zod";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const SignInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});

export const SignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email,
  password: z
    .string()
    .min(8, "Use at least 8 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
});

export type SignUpInput = z.infer<typeof SignUpInput>;
