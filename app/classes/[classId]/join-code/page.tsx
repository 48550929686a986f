import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { getJoinCodeView } from "@/lib/classes/join-code-view";
import { requestOrigin } from "@/lib/request-origin";

export const metadata: Metadata = { title: "Join code" };

// For the projector: large enough to read from the back of a classroom, and scannable.
export default async function JoinCodePage({ params }: PageProps<"/classes/[classId]/join-code">) {
  const { classId } = await params;
  const viewer = await requireViewer(`/classes/${classId}/join-code`);
  const view = await getJoinCodeView(viewer.id, classId, await requestOrigin());
  if (!view) notFound();
  const qrSource = `data:image/svg+xml;base64,${Buffer.from(view.qrSvg).toString("base64")}`;
  return (
    <div className="space-y-6 text-center">
      <p className="text-left text-sm">
        <Link href={`/classes/${view.classroomId}`}>Back to {view.name}</Link>
      </p>
      <h1 className="text-3xl font-semibold">Join {view.name}</h1>
      <p className="text-xl text-slate-800">
        Go to <span className="font-mono">{view.link.replace(/\/join\/.*$/, "/join")}</span> and enter the code
      </p>
      <p className="font-mono text-7xl font-bold tracking-[0.2em] break-all sm:text-8xl" data-testid="projected-join-code">
        {view.code}
      </p>
      <p className="text-xl text-slate-800">or scan the code with a phone:</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated SVG data URL; nothing for next/image to optimize */}
      <img src={qrSource} alt={`QR code of the join link ${view.link}`} className="mx-auto h-auto w-full max-w-md bg-white" width={400} height={400} />
      <p className="text-slate-700">
        Join link: <span className="font-mono">{view.link}</span>
      </p>
    </div>
  );
}
