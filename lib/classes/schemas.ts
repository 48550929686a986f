import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { JoinCode } from "@/lib/classes/join-code";
import { booleanChoice, idSchema, lineText } from "@/lib/validation";

export const CreateClassroomInput = z.object({
  name: lineText("Give the class a name.").min(1, "Give the class a name.").max(120, "Keep the class name under 120 characters."),
});

export const JoinClassroomInput = z.object({ code: JoinCode });

export const ClassroomIdInput = z.object({ classroomId: idSchema });
export const RemoveMemberInput = z.object({ classroomId: idSchema, membershipId: idSchema });
export const ChangeRoleInput = RemoveMemberInput.extend({
  role: z.enum(Role, { message: "Choose a role." }),
});
export const ArchiveClassroomInput = ClassroomIdInput.extend({
  archived: booleanChoice,
});
