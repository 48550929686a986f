import { randomInt } from "node:crypto";
import { z } from "zod";
import { lineText } from "@/lib/validation";

// No I, O, 0 or 1: codes are read aloud and copied from a projector.
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

// Accepts what people type: lower case, spaces and dashes.
export const JoinCode = lineText("Enter the join code your teacher gave you.")
  .transform((value) => value.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(
    z
      .string()
      .min(1, "Enter the join code your teacher gave you.")
      .regex(
        new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`),
        `A join code is ${JOIN_CODE_LENGTH} letters and digits, like KWAR7DMN.`,
      ),
  );
