import { z } from "zod";
import { lineText, storableText } from "@/lib/validation";

const email = lineText("Enter your email address.")
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const SignInInput = z.object({
  email,
  password: storableText("Enter your password.").min(1, "Enter your password.").max(200, "That password is too long."),
});

export const SignUpInput = z.object({
  name: lineText("Enter your name.").min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email,
  password: storableText("Choose a password.")
    .min(8, "Use at least 8 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
});

export type SignUpInput = z.infer<typeof SignUpInput>;

// Deleting an account asks for the current password: a real confirmation, not a click.
export const DeleteAccountInput = z.object({
  password: storableText("Enter your password.").min(1, "Enter your password to confirm.").max(200, "That password is too long."),
});
