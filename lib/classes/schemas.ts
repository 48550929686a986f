import { z } from "zod";
import { JoinCode } from "@/lib/classes/join-code";
import { idSchema } from "@/lib/validation";

export const CreateClassroomInput = z.object({
  name: z.string().trim().min(1, "Give the class a name.").max(120, "Keep the class name under 120 characters."),
});

export const JoinClassroomInput = z.object({ code: JoinCode });

export const AssignReadingInput = z.object({ classroomId: idSchema, readingId: idSchema });
