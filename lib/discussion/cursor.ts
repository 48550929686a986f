import { z } from "zod";
import { isStorableTime } from "@/lib/validation";

// A keyset cursor: the (createdAt, id) of the last response shown. Opaque to clients.
export type Cursor = { createdAt: Date; id: string };

const CursorShape = z.tuple([z.iso.datetime().transform((value) => new Date(value)).refine(isStorableTime), z.string().regex(/^[a-z0-9]{1,64}$/i)]);

export function encodeCursor({ createdAt, id }: Cursor): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");
}

export function decodeCursor(value: string | undefined | null): Cursor | null {
  if (!value) return null;
  try {
    const parsed = CursorShape.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { createdAt: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

// Rows strictly after the cursor in (createdAt desc, id desc) order.
export function olderThan(cursor: Cursor | null) {
  if (!cursor) return {};
  return {
    OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
  };
}

// Rows strictly after the cursor in (createdAt asc, id asc) order.
export function newerThan(cursor: Cursor | null) {
  if (!cursor) return {};
  return {
    OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }],
  };
}
