import type { FieldErrors } from "@/lib/errors";

// What every form's server action returns. On error it echoes the submitted text back, because
// React resets a form after its action and a student must not lose a long response.
export type ActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  // The server was too busy to do it: the form may send the same submission again after this many seconds.
  retryAfter?: number;
  // When the action answered: a key that remounts a form's fields with the right defaults.
  at?: number;
};

export const IDLE: ActionState = { status: "idle" };

// A server action as a form's useActionState calls it.
export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
