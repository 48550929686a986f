"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";

// "Hide names" for projecting. The choice lives in the URL, so it survives the board's refreshes;
// the server leaves hidden names out of the page altogether.
export function NamesSwitch({ hidden, hiddenHref, shownHref }: { hidden: boolean; hiddenHref: string; shownHref: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 font-medium">
      <input
        type="checkbox"
        role="switch"
        className="h-5 w-5 accent-indigo-700"
        checked={hidden}
        disabled={pending}
        onChange={(event) => {
          const href = event.target.checked ? hiddenHref : shownHref;
          startTransition(() => router.replace(href, { scroll: false }));
        }}
        data-testid="hide-names"
      />
      Hide names
    </label>
  );
}
