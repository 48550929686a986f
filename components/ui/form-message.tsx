import type { ActionState } from "@/lib/action-state";

// The form-level outcome, announced to screen readers as it changes. A notice (say, that a busy
// server is being asked again) stands in for it meanwhile, in the same live region.
export function FormMessage({ state, notice }: { state: ActionState; notice?: string }) {
  return (
    <div aria-live="polite" role="status">
      {notice ? <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{notice}</p> : null}
      {!notice && state.status === "error" && state.message ? (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p>
      ) : null}
      {!notice && state.status === "ok" && state.message ? (
        <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
