/** A post's permalink: it opens the page of its section that shows it (app/posts/[postId]). */
export function permalinkPath(postId: string): string {
  return `/posts/${postId}`;
}
