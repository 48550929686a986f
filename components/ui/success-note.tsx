import type { ReactNode } from "react";

// What a page says after a change that redirected to it ("Assignment saved."), announced politely.
export function SuccessNote({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {children}
    </p>
  );
}
