"use client";

import { useLinkStatus } from "next/link";

// Inside a <Link> to a page that is rendered whole before it is sent (no loading.tsx, so that it
// reads without JavaScript): a spinner after the label while the navigation is on its way, shown
// only if it takes longer than a moment (the link-pending class in globals.css).
export function LinkPending() {
  const { pending } = useLinkStatus();
  return pending ? <span aria-hidden="true" className="link-pending" data-testid="link-pending" /> : null;
}
