"use server";

import { viewerAction } from "@/lib/actions";
import { markClaim } from "@/lib/claims/mark-claim";
import { removeClaim } from "@/lib/claims/remove-claim";

export const markClaimAction = viewerAction(markClaim, "Marked as a contested claim. Everyone in the class sees the note beside the passage.");
export const removeClaimAction = viewerAction(removeClaim, "Contested claim removed.");
