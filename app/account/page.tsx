import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getAccount } from "@/lib/accounts/account";
import { signOutEverywhereAction } from "@/lib/accounts/actions";
import { PageSection } from "@/components/ui/page-section";
import { FormMessage } from "@/components/ui/form-message";
import { NameForm } from "@/components/accounts/name-form";
import { PasswordForm } from "@/components/accounts/password-form";
import { TimeZoneForm } from "@/components/accounts/time-zone-form";
import { viewerTimeZone } from "@/lib/time-zone";
import { timeZones } from "@/lib/time";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const viewer = await requireViewer("/account");
  const { changed } = await searchParams;
  const [account, { zone }] = await Promise.all([getAccount(viewer.id), viewerTimeZone()]);
  if (!account) notFound();
  return (
    <div className="mx-auto max-w-xl space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Your account</h1>
        <p className="text-slate-700">Signed in as {account.email}.</p>
      </div>
      <PageSection id="name-heading" title="Name">
        <div className="card">
          <NameForm name={account.name} />
        </div>
      </PageSection>
      <PageSection id="time-zone-heading" title="Time zone">
        <div className="card">
          <TimeZoneForm current={zone} zones={timeZones()} />
        </div>
      </PageSection>
      <PageSection id="password-heading" title="Password">
        <div className="card space-y-4">
          {changed === "password" ? <FormMessage state={{ status: "ok", message: "Your password is changed. Your other devices are signed out." }} /> : null}
          <PasswordForm />
        </div>
      </PageSection>
      <PageSection id="sessions-heading" title="Sign out everywhere">
        <div className="card space-y-3">
          <p className="text-slate-800">
            Signs you out on every device and browser, this one included, within a minute. Use it after signing in on a shared
            computer or if you think someone else is using your account.
          </p>
          <form action={signOutEverywhereAction}>
            <button type="submit" className="btn-secondary">
              Sign out everywhere
            </button>
          </form>
        </div>
      </PageSection>
      <PageSection id="data-heading" title="Your data">
        <div className="card space-y-3">
          <p className="text-slate-800">Download everything you wrote, or delete your account.</p>
          <Link href="/account/data" className="btn-secondary">
            Your data
          </Link>
        </div>
      </PageSection>
    </div>
  );
}
