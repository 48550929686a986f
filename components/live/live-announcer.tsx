"use client";

import { useCallback, useState } from "react";

// A polite live region for what arrives by itself: screen readers hear it when they are idle, and
// focus stays where the reader left it. Always rendered, so the region exists before it speaks.
export function LiveAnnouncer({ message, testId = "live-announcer" }: { message: string; testId?: string }) {
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {message}
    </p>
  );
}

export function useAnnouncer() {
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => setMessage(text), []);
  return { message, announce };
}
