import "server-only";
import { refresh } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { requireViewerForAction } from "@/lib/session";
import { AppError } from "@/lib/errors";
import type { ActionState } from "@/lib/action-state";

// Runs a form's work; expected failures become a message on the form, never a crash.
export async function runAction(
  formData: FormData,
  perform: (input: Record<string, string>) => Promise<string | void>,
): Promise<ActionState> {
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  }
  try {
    const message = await perform(input);
    return { status: "ok", message: message ?? undefined, at: Date.now() };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
    if (error instanceof AppError) {
      return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values: input, at: Date.now() };
    }
    console.error(error);
    return { status: "error", message: "Something went wrong on our side. Please try again.", values: input, at: Date.now() };
  }
}

// A form's server action for the signed-in viewer: the lib function authorizes and does the work,
// then the page refreshes and the form says `done`.
export function viewerAction<T>(
  perform: (userId: string, input: Record<string, string>) => Promise<T>,
  done: string | ((result: T, input: Record<string, string>) => string),
) {
  return async (_state: ActionState, formData: FormData): Promise<ActionState> =>
    runAction(formData, async (input) => {
      const viewer = await requireViewerForAction();
      const result = await perform(viewer.id, input);
      refresh();
      return typeof done === "string" ? done : done(result, input);
    });
}
