import type { ReactNode } from "react";

// A titled part of a page; the heading names the region for screen readers.
export function PageSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What a list says when it has nothing to show, and the next step, as buttons. */
export function EmptyState({ title, children, actions }: { title?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="card space-y-3 text-slate-700" data-testid="empty-state">
      {title ? <p className="font-medium text-slate-900">{title}</p> : null}
      <p>{children}</p>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}
