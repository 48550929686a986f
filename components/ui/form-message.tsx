import type { ActionState } from "@/lib/action-state";

// The form-level outcome, announced to screen readers as it changes.
export function FormMessage({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite" role="status">
      {state.status === "error" && state.message ? (
        <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p>
      ) : null}
      {state.status === "ok" && state.message ? (
        <p className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
