import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { RENDERER_VERSION } from "@/lib/markdown/render";

// SQL twin of postWords(): true for a post `p` whose stored word count the current renderer wrote.
// Rows not yet backfilled (npm run db:render-posts) fail it, and their bodies are counted in JS.
export const FRESH_WORDS = Prisma.sql`(p.words IS NOT NULL AND p."bodyHtmlVersion" = ${RENDERER_VERSION})`;
