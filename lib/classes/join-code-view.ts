import "server-only";
import QRCode from "qrcode";
import { findAccess } from "@/lib/access";
import { db } from "@/lib/db";

export type JoinCodeView = { classroomId: string; name: string; code: string; link: string; qrSvg: string };

/**
 * The projector view of a class's join code: the code and a QR code of the join link, as SVG
 * made on the server. null for anyone without `view:join-code`, and for an archived class, which
 * takes no new members.
 */
export async function getJoinCodeView(userId: string, classroomId: string, origin: string): Promise<JoinCodeView | null> {
  const access = await findAccess(userId, { classroomId }, { permission: "view:join-code" });
  if (!access || access.classroom.archived) return null;
  const { joinCode } = await db.classroom.findUniqueOrThrow({ where: { id: classroomId }, select: { joinCode: true } });
  const link = `${origin}/join/${joinCode}`;
  // Error correction "M" survives a smudged projector; a quiet zone of 2 modules is enough on white.
  const qrSvg = await QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { classroomId, name: access.classroom.name, code: joinCode, link, qrSvg };
}
