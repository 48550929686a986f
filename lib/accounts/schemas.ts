import { z } from "zod";
import { idSchema, lineText, storableText } from "@/lib/validation";

const email = lineText("Enter your email address.")
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

const name = lineText("Enter your name.").min(1, "Enter your name.").max(80, "Keep your name under 80 characters.");

const newPassword = storableText("Choose a password.")
  .min(8, "Use at least 8 characters for your password.")
  .max(200, "Keep your password under 200 characters.");

const currentPassword = storableText("Enter your password.").min(1, "Enter your password.").max(200, "That password is too long.");

// A new password typed twice: a typo must not lock the person out.
const NewPasswordTwice = z
  .object({ newPassword, confirmPassword: storableText("Type the new password again.") })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords are not the same.",
  });

export const SignInInput = z.object({ email, password: currentPassword });

export const SignUpInput = z.object({ name, email, password: newPassword });

export type SignUpInput = z.infer<typeof SignUpInput>;

export const ChangeNameInput = z.object({ name });

export const ChangePasswordInput = NewPasswordTwice.safeExtend({ currentPassword });

// Reset codes are shown in groups ("ABCDE-FGHJK"); spaces, dashes and case don't matter when typed.
export const ResetCode = lineText("Enter the reset code.")
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .pipe(z.string().min(1, "Enter the reset code.").max(20, "That is not a reset code."));

export const RedeemResetCodeInput = NewPasswordTwice.safeExtend({ email, code: ResetCode });

export const IssueResetCodeInput = z.object({ classroomId: idSchema, membershipId: idSchema });

// Deleting an account asks for the current password: a real confirmation, not a click.
export const DeleteAccountInput = z.object({
  password: storableText("Enter your password.").min(1, "Enter your password to confirm.").max(200, "That password is too long."),
});
