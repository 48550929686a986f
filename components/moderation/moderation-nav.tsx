import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

const PAGES = [
  { key: "queue", label: "Queue", path: "" },
  { key: "audit", label: "Audit log", path: "/audit" },
  { key: "settings", label: "Settings", path: "/settings" },
] as const;

export type ModerationPage = (typeof PAGES)[number]["key"];

// Breadcrumbs, the page's heading and the moderation area's tabs.
export function ModerationHeader({ classroom, current, title }: { classroom: { id: string; name: string }; current: ModerationPage | null; title: string }) {
  const base = `/classes/${classroom.id}/moderation`;
  return (
    <div className="space-y-3">
      <Breadcrumbs items={[{ href: `/classes/${classroom.id}`, label: classroom.name }, { href: base, label: "Moderation" }, { label: title }]} />
      <h1 className="text-2xl font-semibold">{title}</h1>
      <nav aria-label="Moderation" className="flex flex-wrap gap-2 border-b border-slate-200 pb-2 text-sm">
        {PAGES.map((page) => (
          <Link
            key={page.key}
            href={`${base}${page.path}`}
            aria-current={current === page.key ? "page" : undefined}
            className={current === page.key ? "rounded-md bg-indigo-700 px-3 py-1 text-white no-underline" : "rounded-md px-3 py-1"}
          >
            {page.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
