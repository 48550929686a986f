"use client";

import Link from "next/link";
import { useState } from "react";

// Shown to teachers and TAs only: the server leaves the code out of everyone else's page.
export function JoinCodePanel({ code, link, projectorHref }: { code: string; link: string; projectorHref: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  }
  return (
    <section aria-labelledby="join-heading" className="card space-y-2">
      <h2 id="join-heading" className="font-semibold">
        Invite students
      </h2>
      <p className="text-slate-700">
        Join code: <strong className="font-mono text-lg tracking-widest" data-testid="join-code">{code}</strong>{" "}
        <Link href={projectorHref} className="text-sm">
          Show join code
        </Link>
      </p>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        Join link: <code className="rounded bg-slate-100 px-1">{link}</code>
        <button type="button" className="btn-quiet" onClick={copy}>
          {copied ? "Copied" : "Copy link"}
        </button>
      </p>
    </section>
  );
}
