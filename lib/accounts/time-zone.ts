import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isTimeZone } from "@/lib/time";
import { forgetSession } from "@/lib/accounts/sessions";
import { lineText, parseInput } from "@/lib/validation";

const TimeZoneInput = z.object({
  timeZone: lineText("Choose a time zone.")
    .min(1, "Choose a time zone.")
    .refine(isTimeZone, "Choose a time zone from the list, such as America/Chicago."),
});

/** The zone every time is shown in for this user, on any device. */
export async function setTimeZone(userId: string, input: unknown): Promise<{ timeZone: string }> {
  const { timeZone } = parseInput(TimeZoneInput, input);
  await db.user.update({ where: { id: userId }, data: { timeZone }, select: { id: true } });
  // This instance shows the new zone at once; others within the session check (ADR 0003).
  forgetSession(userId);
  return { timeZone };
}
