import { useMemo, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

// A post's text kept in this browser until the server has it, so a failed submit or a reload never
// loses what a student typed. One draft per form: the section (its path names the assignment) and
// the post replied to. Once a submission was sent, its idempotency key stays with the text: sending
// it again, even after a reload, answers with the post it made instead of making a second.
type Draft = { body: string; key?: string };

export const draftName = (sectionPath: string, parentId: string | null = null) => `margin:draft:${sectionPath}:${parentId ?? "response"}`;

function read(name: string): Draft | null {
  try {
    const draft = JSON.parse(localStorage.getItem(name) ?? "null") as Draft | null;
    return typeof draft?.body === "string" ? draft : null;
  } catch {
    return null;
  }
}

function write(name: string, draft: Draft | null) {
  try {
    if (draft?.body.trim() || draft?.key) localStorage.setItem(name, JSON.stringify(draft));
    else localStorage.removeItem(name);
  } catch {
    // Storage full or disabled: the text is still in the box.
  }
}

export function useDraft(name: string, serverKey: string) {
  // The server has no localStorage: read once, after hydration (or on mount, for a form opened later).
  const hydrated = useHydrated();
  const restored = useMemo(() => (hydrated ? read(name) : null), [hydrated, name]);
  // The key of a submission sent from this form and not yet confirmed; null once confirmed.
  const [sentKey, setSentKey] = useState<string | null>();
  const pendingKey = (sentKey === undefined ? restored?.key : sentKey) ?? undefined;
  return {
    idempotencyKey: pendingKey ?? serverKey,
    /** What an earlier visit left, read once after hydration: for a form the server renders. */
    restoredBody: restored?.body,
    /** The text kept now: for a form opened later. */
    savedBody: () => read(name)?.body,
    typed: (body: string) => write(name, { body, key: pendingKey }),
    sending: (formData: FormData) => {
      const key = String(formData.get("idempotencyKey"));
      setSentKey(key);
      write(name, { body: String(formData.get("body") ?? ""), key });
    },
    // Posted, or given up.
    clear: () => {
      setSentKey(null);
      write(name, null);
    },
  };
}
