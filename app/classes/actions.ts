"use server";

import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions";
import type { ActionState } from "@/lib/action-state";
import { requireViewerForAction } from "@/lib/session";
import { createClassroom } from "@/lib/classes/create-classroom";
import { joinClassroom } from "@/lib/classes/join-classroom";
import { assignReading } from "@/lib/readings/assign-reading";

export async function createClassroomAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (input) => {
    const viewer = await requireViewerForAction();
    const classroom = await createClassroom(viewer.id, input);
    redirect(`/classes/${classroom.id}`);
  });
}

export async function joinClassroomAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (input) => {
    const viewer = await requireViewerForAction();
    const { classroomId } = await joinClassroom(viewer.id, input);
    redirect(`/classes/${classroomId}`);
  });
}

export async function assignReadingAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (input) => {
    const viewer = await requireViewerForAction();
    // Each included section is a checkbox named "section:<id>".
    const sectionIds = Object.keys(input)
      .filter((key) => key.startsWith("section:"))
      .map((key) => key.slice("section:".length));
    const assignment = await assignReading(viewer.id, { ...input, sectionIds });
    redirect(`/assignments/${assignment.id}`);
  });
}
