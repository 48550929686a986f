"use client";

import { useCallback, useState } from "react";

// A polite live region for what arrives by itself: screen readers hear it when they are idle, and
// focus stays where the reader left it. Always rendered, so the region exists before it speaks.
export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {message}
    </p>
  );
}

export function useAnnouncer() {
  const [message, setMessage] = useState("");
  const announce = useCallback((text: string) => setMessage(text), []);
  return { message, announce };
}
