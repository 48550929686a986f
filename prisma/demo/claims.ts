// Contested claims the demo marks on the essay, with counter-sources from other perspectives.
import type { Prisma } from "../../lib/generated/prisma/client";

export type ClaimSeedContext = {
  assignmentId: string;
  teacherId: string;
  sections: { id: string; position: number; body: string }[];
};

export async function seedContestedClaims(tx: Prisma.TransactionClient, context: ClaimSeedContext): Promise<void> {
  void tx;
  void context;
}
