import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { getViewer } from "@/lib/session";
import { safeReturnPath } from "@/lib/return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const { callbackUrl, deleted } = await searchParams;
  const returnTo = safeReturnPath(typeof callbackUrl === "string" ? callbackUrl : null);
  if (await getViewer()) redirect(returnTo);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {deleted === "1" ? (
        <p className="card text-slate-800">
          Your account is deleted. Thank you for taking part.
        </p>
      ) : null}
      <div className="card">
        <SignInForm callbackUrl={returnTo} />
      </div>
      <p className="text-sm text-slate-700">
        New here? <Link href={`/signup?callbackUrl=${encodeURIComponent(returnTo)}`}>Create an account</Link>
      </p>
      <p className="text-sm text-slate-700">
        Forgot your password? Ask your teacher for a reset code, then <Link href="/reset">reset your password</Link>.
      </p>
    </div>
  );
}
