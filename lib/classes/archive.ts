import { AppError } from "@/lib/errors";

// An archived class is read-only: nobody posts, assigns or changes its roster until a teacher
// restores it. Pure, so any command can check the archivedAt it already loaded.
export function assertClassroomWritable(classroom: { archivedAt: Date | null }): void {
  if (classroom.archivedAt) throw new AppError("FORBIDDEN", "This class is archived and read-only.");
}
