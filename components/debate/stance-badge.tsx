import type { ReplyKind, ResponseKind, Stance } from "@/lib/generated/prisma/enums";
import { KIND_LABELS, REPLY_KIND_LABELS, STANCE_LABELS } from "@/lib/debate/labels";

// Dark text on a pale tint of the same hue: every pair is above 7:1 (WCAG AAA), and the word
// itself carries the meaning, so nobody depends on the colour.
const STANCE_TONES: Record<Stance, string> = {
  SUPPORTS: "border-emerald-300 bg-emerald-50 text-emerald-900",
  CHALLENGES: "border-rose-300 bg-rose-50 text-rose-900",
  COMPLICATES: "border-amber-300 bg-amber-50 text-amber-900",
};

const KIND_TONES: Record<ResponseKind, string> = {
  CLAIM: "border-sky-300 bg-sky-50 text-sky-900",
  EVIDENCE: "border-violet-300 bg-violet-50 text-violet-900",
  QUESTION: "border-slate-300 bg-slate-50 text-slate-800",
};

const REPLY_KIND_TONES: Record<ReplyKind, string> = {
  COUNTER: "border-rose-300 bg-rose-50 text-rose-900",
  AGREE: "border-emerald-300 bg-emerald-50 text-emerald-900",
};

function Badge({ tone, testId, children }: { tone: string; testId: string; children: React.ReactNode }) {
  return (
    <span className={`inline-block rounded border px-1.5 text-xs font-medium leading-5 ${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}

export function StanceBadge({ stance }: { stance: Stance | null }) {
  return stance ? <Badge tone={STANCE_TONES[stance]} testId="stance-badge">{STANCE_LABELS[stance]}</Badge> : null;
}

export function KindBadge({ kind }: { kind: ResponseKind | null }) {
  return kind ? <Badge tone={KIND_TONES[kind]} testId="kind-badge">{KIND_LABELS[kind]}</Badge> : null;
}

export function ReplyKindBadge({ replyKind }: { replyKind: ReplyKind | null }) {
  return replyKind ? <Badge tone={REPLY_KIND_TONES[replyKind]} testId="reply-kind-badge">{REPLY_KIND_LABELS[replyKind]}</Badge> : null;
}
