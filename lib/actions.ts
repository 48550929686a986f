import "server-only";
import { refresh } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { requireViewerForAction } from "@/lib/session";
import { RETRY_AFTER_SECONDS } from "@/lib/errors";
import { toAppError } from "@/lib/unavailable";
import type { FormAction } from "@/lib/action-state";

type FormInput = Record<string, string>;

// Runs a form's work; expected failures become a message on the form, never a crash.
function formAction(perform: (input: FormInput) => Promise<string | void>): FormAction {
  return async (_state, formData) => {
    const input: FormInput = {};
    for (const [key, value] of formData.entries()) {
      if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
    }
    try {
      const message = await perform(input);
      return { status: "ok", message: message ?? undefined, at: Date.now() };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
      const expected = toAppError(error);
      if (expected) {
        const retryAfter = expected.code === "UNAVAILABLE" ? RETRY_AFTER_SECONDS : undefined;
        return { status: "error", message: expected.message, fieldErrors: expected.fieldErrors, values: input, retryAfter, at: Date.now() };
      }
      console.error(error);
      return { status: "error", message: "Something went wrong on our side. Please try again.", values: input, at: Date.now() };
    }
  };
}

// A form's server action for the signed-in viewer: the lib function authorizes and does the work,
// then the form says `done`, and the page refreshes. `done` may redirect() instead; the new page
// needs no refresh.
export function viewerAction<T>(
  perform: (userId: string, input: FormInput) => Promise<T>,
  done: string | ((result: T, input: FormInput) => string),
): FormAction {
  return formAction(async (input) => {
    const viewer = await requireViewerForAction();
    const result = await perform(viewer.id, input);
    const message = typeof done === "string" ? done : done(result, input);
    refresh();
    return message;
  });
}

// A form's server action for a signed-out visitor (signing in, creating an account); its work ends
// by redirecting.
export const visitorAction: (perform: (input: FormInput) => Promise<void>) => FormAction = formAction;
