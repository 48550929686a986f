import type { SectionView } from "@/lib/sections/section-view";
import { describeSlowMode } from "@/lib/discussion/posting-rules";

// What a member should know before posting here, or why they cannot.
export function PostingBlocked({ reason }: { reason: string }) {
  return (
    <p role="status" className="card border-amber-300 bg-amber-50 text-amber-950" data-testid="posting-blocked">
      {reason}
    </p>
  );
}

export function PostingRules({ rules }: { rules: SectionView["rules"] }) {
  const notes: string[] = [];
  if (rules.lateNotice) notes.push(rules.lateNotice);
  if (rules.approvalRequired) notes.push("Your teacher approves posts before classmates see them.");
  if (rules.slowModeSeconds > 0) notes.push(`Slow mode: one post every ${describeSlowMode(rules.slowModeSeconds)}.`);
  if (rules.anonymity === "ANONYMOUS") notes.push("Classmates see your posts as “Anonymous student”; your teachers see your name.");
  if (rules.anonymity === "PSEUDONYMOUS") {
    notes.push(
      rules.ownPseudonym
        ? `Classmates see your posts as “${rules.ownPseudonym}”; your teachers see your name.`
        : "Classmates see a pseudonym such as “Student 7” instead of your name; your teachers see your name.",
    );
  }
  if (notes.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-slate-700" aria-label="Posting rules" data-testid="posting-rules">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
