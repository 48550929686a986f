import { RETRY_AFTER_SECONDS } from "@/lib/errors";
import type { ActionState, FormAction } from "@/lib/action-state";

const ATTEMPTS = 5;
const JITTER_MS = 500;

export const BUSY_NOTICE = "Margin is busy: sending it again in a moment…";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The request itself failed (a proxy's 503, a dropped connection): the server said nothing, so
// treat it as busy. The form's text comes back with it.
function notSent(formData: FormData): ActionState {
  const values = Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$ACTION")));
  return { status: "error", message: "Margin could not be reached. Your text is still here: try again in a moment.", values, retryAfter: RETRY_AFTER_SECONDS, at: Date.now() };
}

// Sends the same submission again (the same idempotency key, so never twice) while the server says
// it is busy, after the wait it asks for plus some jitter, so a class's retries do not all arrive
// together. After ATTEMPTS the form shows the last answer, text kept.
export function retryWhenBusy(action: FormAction, onWaiting: (waiting: boolean) => void): FormAction {
  return async (state, formData) => {
    for (let attempt = 1; ; attempt++) {
      const answer = await action(state, formData).catch(() => notSent(formData));
      if (answer.retryAfter === undefined || attempt === ATTEMPTS) return answer;
      onWaiting(true);
      await sleep(answer.retryAfter * 1_000 + Math.random() * JITTER_MS);
      onWaiting(false);
    }
  };
}
