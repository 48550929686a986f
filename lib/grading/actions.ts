"use server";

import { redirect } from "next/navigation";
import { viewerAction } from "@/lib/actions";
import { createRubric, deleteRubric, updateRubric } from "@/lib/grading/rubrics";
import { updateGradingSettings } from "@/lib/grading/settings";
import { saveGrade, setGradesReleased } from "@/lib/grading/grades";

// The lib functions authorize (teachers of the class, or the rubric's owner) and audit.

export const createRubricAction = viewerAction(createRubric, ({ id }) => redirect(`/rubrics/${id}?saved=1`));
export const updateRubricAction = viewerAction(updateRubric, "Rubric saved.");
export const deleteRubricAction = viewerAction(deleteRubric, () => redirect("/rubrics?deleted=1"));
export const updateGradingSettingsAction = viewerAction(updateGradingSettings, "Grading settings saved.");
export const saveGradeAction = viewerAction(saveGrade, "Grade saved.");
export const setGradesReleasedAction = viewerAction(setGradesReleased, (_result, input) =>
  input.released === "true" ? "Grades released: each student now sees their own." : "Grades hidden from students again.",
);
