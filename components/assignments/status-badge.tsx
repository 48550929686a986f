import type { ProgressStatus } from "@/lib/assignments/requirements";
import { STATUS_LABELS } from "@/lib/assignments/requirements";

const STYLES: Record<ProgressStatus, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-amber-50 text-amber-900",
  MET: "bg-emerald-50 text-emerald-900",
};

export function StatusBadge({ status }: { status: ProgressStatus }) {
  return <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${STYLES[status]}`}>{STATUS_LABELS[status]}</span>;
}

export function LateBadge({ label = "Late" }: { label?: string }) {
  return <span className="shrink-0 rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800">{label}</span>;
}
