import "server-only";
import { db } from "@/lib/db";

// A contested claim as students see it: a side note beside the marked passage.
export type ClaimView = {
  id: string;
  start: number;
  end: number;
  quote: string;
  note: string;
  sources: { title: string; url: string; perspective: string }[];
};

// Callers authorize first (the section view): every member of the class sees the claims.
export async function listClaims(assignmentId: string, sectionId: string): Promise<ClaimView[]> {
  return db.contestedClaim.findMany({
    where: { assignmentId, sectionId },
    orderBy: [{ start: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      start: true,
      end: true,
      quote: true,
      note: true,
      sources: { orderBy: { position: "asc" }, select: { title: true, url: true, perspective: true } },
    },
  });
}
