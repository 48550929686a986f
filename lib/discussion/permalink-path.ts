/** A post's permalink: it opens the page of its section that shows it (app/posts/[postId]). */
export function permalinkPath(postId: string): string {
  return `/posts/${postId}`;
}

/** A post's report page: its report form for a browser without script (app/posts/[postId]/report). */
export function reportPagePath(postId: string): string {
  return `/posts/${postId}/report`;
}
