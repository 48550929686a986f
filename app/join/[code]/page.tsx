import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getViewer } from "@/lib/session";
import { findClassroomByJoinLink } from "@/lib/classes/join-attempts";
import { JoinClassroomForm } from "@/components/classes/join-classroom-form";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { SignInForm } from "@/components/accounts/sign-in-form";

export const metadata: Metadata = { title: "Join a class" };

// Opening a join link never joins by itself (links get prefetched and previewed); a button does.
// A visitor without an account signs up and joins in one form. Unknown codes count against the
// address like a wrong code typed into the join form, so the page is no faster oracle than the form.
export default async function JoinLinkPage({ params }: PageProps<"/join/[code]">) {
  const { code } = await params;
  const [viewer, classroom] = await Promise.all([getViewer(), findClassroomByJoinLink(code)]);
  if (!classroom) notFound();
  return (
    <div className="mx-auto max-w-md space-y-6 py-4">
      <h1 className="text-2xl font-semibold">Join {classroom.name}</h1>
      <p className="text-slate-700">
        {classroom.teacherName ? `Taught by ${classroom.teacherName}. ` : ""}You will join as a student.
      </p>
      {viewer ? (
        <div className="card">
          <JoinClassroomForm code={code} />
        </div>
      ) : (
        <>
          <section aria-labelledby="new-account-heading" className="card space-y-4">
            <h2 id="new-account-heading" className="font-semibold">
              New here? Create your account
            </h2>
            <SignUpForm joinCode={code} />
          </section>
          <section aria-labelledby="sign-in-heading" className="card space-y-4">
            <h2 id="sign-in-heading" className="font-semibold">
              Already have an account? Sign in
            </h2>
            <SignInForm callbackUrl={`/join/${encodeURIComponent(code)}`} idPrefix="signin-" />
          </section>
        </>
      )}
    </div>
  );
}
