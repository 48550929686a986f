import { z } from "zod";
import { idSchema } from "@/lib/validation";
import { POST_MAX_LENGTH } from "@/lib/discussion/limits";


export const PostBody = z
  .string()
  .trim()
  .min(1, "Write something before posting.")
  .max(POST_MAX_LENGTH, `Keep posts under ${POST_MAX_LENGTH.toLocaleString("en-US")} characters.`);

export const SectionPosition = z.coerce.number().int().min(1, "Unknown section.").max(10_000, "Unknown section.");

export const CreateResponseInput = z.object({ assignmentId: idSchema, position: SectionPosition, body: PostBody });
export const CreateReplyInput = z.object({ parentId: idSchema, body: PostBody });
export const EditPostInput = z.object({ postId: idSchema, body: PostBody });
export const DeletePostInput = z.object({ postId: idSchema });
