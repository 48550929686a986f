import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md space-y-3 py-12 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-slate-700">This page doesn’t exist, or you don’t have access to it.</p>
      <Link href="/">Go to your classes</Link>
    </div>
  );
}
