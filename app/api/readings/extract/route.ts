// POST /api/readings/extract — multipart "file" (.txt, .md, .docx) → { text, title }. Stores nothing.
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { handleRoute, readForm } from "@/lib/http";
import { requireViewerForAction } from "@/lib/session";
import { extractReadingText } from "@/lib/readings/import-file";
import { MAX_READING_BYTES, MAX_READING_LABEL } from "@/lib/readings/limits";

// Multipart overhead on top of the file itself.
const MAX_REQUEST_BYTES = MAX_READING_BYTES + 64 * 1024;

export const POST = handleRoute(async (request: Request) => {
  await requireViewerForAction();
  const tooLarge = `The file is larger than ${MAX_READING_LABEL}.`;
  const form = await readForm(request, MAX_REQUEST_BYTES, new AppError("INVALID", tooLarge, { file: [tooLarge] }));
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID", "Choose a file to upload.", { file: ["Choose a file to upload."] });
  const result = await extractReadingText({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return NextResponse.json(result);
});
