import type { Metadata } from "next";
import { requireViewer } from "@/lib/session";
import { previewDeletion } from "@/lib/accounts/departure";
import { FORMER_MEMBER } from "@/lib/accounts/former-member";
import { plural } from "@/lib/format";
import { PageSection } from "@/components/ui/page-section";
import { DeleteAccountForm } from "@/components/accounts/delete-account-form";

export const metadata: Metadata = { title: "Your data" };

const WHAT_HAPPENS = {
  KEEP: `your posts stay, shown as by “${FORMER_MEMBER}”`,
  REMOVE: "your posts are removed",
} as const;

export default async function AccountDataPage() {
  const viewer = await requireViewer("/account/data");
  const { postCount, classes, blocked } = await previewDeletion(viewer.id);
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <h1 className="text-2xl font-semibold">Your data</h1>
      <PageSection id="download-heading" title="Download">
        <p className="text-slate-700">
          One JSON file with your profile, your classes and roles, and every response and reply you wrote ({plural(postCount, "post")}), with
          its class, reading, section, quote, stance, sources and status. It holds nothing about anyone else.
        </p>
        <a href="/api/account/export" download className="btn-secondary inline-block">
          Download everything I wrote (JSON)
        </a>
      </PageSection>
      <PageSection id="delete-heading" title="Delete my account">
        <p className="text-slate-700">
          Your name, email and password are erased, you leave every class, and your poll answers and reports go. You cannot undo this. What
          happens to your posts is each class’s teacher’s choice:
        </p>
        {classes.length > 0 ? (
          <ul className="card list-disc space-y-1 pl-8 text-slate-800">
            {classes.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{c.name}</span>: {c.onlyTeacher ? "you are its only teacher" : WHAT_HAPPENS[c.departedPosts]}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">You are not in any class.</p>
        )}
        {blocked ? (
          <p className="card text-slate-800" role="note">
            {blocked}
          </p>
        ) : (
          <DeleteAccountForm />
        )}
      </PageSection>
    </div>
  );
}
