import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { getViewer } from "@/lib/session";
import { safeReturnPath } from "@/lib/return-path";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(typeof callbackUrl === "string" ? callbackUrl : null);
  if (await getViewer()) redirect(returnTo);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <div className="card">
        <SignUpForm callbackUrl={returnTo} />
      </div>
      <p className="text-sm text-slate-700">
        Already have an account? <Link href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`}>Sign in</Link>
      </p>
    </div>
  );
}
