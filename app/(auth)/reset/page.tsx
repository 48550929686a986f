import type { Metadata } from "next";
import Link from "next/link";
import { RESET_CODE_MINUTES } from "@/lib/accounts/reset-codes";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";

export const metadata: Metadata = { title: "Reset your password" };

// Signed in or not: a student may reset a password from a browser still signed in as someone else.
export default function ResetPasswordPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="text-2xl font-semibold">Reset your password</h1>
      <p className="text-slate-700">
        Forgot your password? Ask your teacher for a reset code. It works once, for {RESET_CODE_MINUTES} minutes. Setting a new password signs you
        out everywhere else.
      </p>
      <div className="card">
        <ResetPasswordForm />
      </div>
      <p className="text-sm text-slate-700">
        Remember it after all? <Link href="/signin">Sign in</Link>
      </p>
    </div>
  );
}
