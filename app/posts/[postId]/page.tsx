import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/session";
import { findPermalink } from "@/lib/discussion/permalink";
import { permalinkPath } from "@/lib/discussion/permalink-path";

export const metadata: Metadata = { title: "Post" };

// A post's permalink: a redirect (307) to the page of its section that shows it, or "not found".
export default async function PostPermalinkPage({ params }: PageProps<"/posts/[postId]">) {
  const { postId } = await params;
  const viewer = await requireViewer(permalinkPath(postId));
  const href = await findPermalink(viewer.id, postId);
  if (!href) notFound();
  redirect(href);
}
