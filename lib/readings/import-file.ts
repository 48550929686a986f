import "server-only";
import mammoth from "mammoth";
import { AppError } from "@/lib/errors";
import { MAX_READING_BYTES, MAX_READING_LABEL } from "@/lib/readings/limits";
import { readingTextProblem } from "@/lib/readings/text-checks";
import { htmlToMarkdownText } from "@/lib/readings/html-to-text";

// Turns an uploaded file into the reading's text. Nothing is stored: the text goes back to the
// teacher's editor, and only saving the reading writes anything.

export type UploadedFile = { name: string; bytes: Uint8Array };

function invalid(message: string): AppError {
  return new AppError("INVALID", message, { file: [message] });
}

export async function extractReadingText(file: UploadedFile): Promise<{ text: string; title: string }> {
  if (file.bytes.length === 0) throw invalid("The file is empty.");
  if (file.bytes.length > MAX_READING_BYTES) throw invalid(`The file is larger than ${MAX_READING_LABEL}.`);
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  const title = file.name.replace(/\.[^.]+$/, "").replace(/[_-]+/g, " ").trim();
  let text: string;
  if (extension === "txt" || extension === "md" || extension === "markdown") text = decodeText(file.bytes);
  else if (extension === "docx") text = await docxText(file.bytes);
  else throw invalid("Upload a .txt, .md or .docx file.");
  const problem = readingTextProblem(text);
  if (problem) throw invalid(problem.startsWith("The reading is empty") ? "The file has no text." : problem);
  return { text, title };
}

function decodeText(bytes: Uint8Array): string {
  try {
    // fatal: invalid UTF-8 (a binary file, or a legacy encoding) is refused, not garbled.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalid("This file is not UTF-8 text. It may be binary; save it as plain text (UTF-8) and upload it again.");
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

async function docxText(bytes: Uint8Array): Promise<string> {
  const notDocx = invalid("This .docx file could not be read. Is it a Word document? Save it again as .docx, or paste the text.");
  if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw notDocx;
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      // Images would only be dropped later; don't inline them as data URIs.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })), externalFileAccess: false },
    );
    return htmlToMarkdownText(value);
  } catch {
    throw notDocx;
  }
}
