import "server-only";
import { isModerator } from "@/lib/authz";
import type { AssignmentContext } from "@/lib/assignments/context";
import { findSection } from "@/lib/discussion/find-section";
import { discussionViewer } from "@/lib/discussion/posting-rules";
import { getDebateView, type DebatePost } from "@/lib/debate/debate-view";
import { loadPassages } from "@/lib/debate/passages";
import { mostQuoted } from "@/lib/debate/heat";
import { truncate } from "@/lib/format";
import type { StanceFilter } from "@/lib/debate/debate-schemas";
import { getPresence, type PresenceView } from "@/lib/presence/presence";
import { getSpotlight, type SpotlightView } from "@/lib/board/spotlight";

// The teacher's live board for the projector: the debate view's columns and unanswered challenges,
// cut to what fits a screen, the most quoted passages, the spotlight and who is here. Names can be
// hidden for projecting whatever the class's anonymity mode; hidden, they are dropped here, so
// they never reach the page's HTML or RSC payload.
export const BOARD_COLUMN_SIZE = 3;
export const BOARD_UNANSWERED = 3;
export const BOARD_PASSAGES = 4;
const PASSAGE_LENGTH = 160;

export type BoardPost = Omit<DebatePost, "author"> & { author: string | null };

export type BoardView = AssignmentContext & {
  section: { id: string; position: number; heading: string | null };
  showNames: boolean;
  responseCount: number;
  columns: { stance: StanceFilter; count: number; posts: BoardPost[] }[];
  passages: { start: number; end: number; text: string; count: number }[];
  unanswered: { count: number; posts: BoardPost[] };
  spotlight: SpotlightView | null;
  presence: PresenceView;
};

/** The board of a section, for the class's moderators only; null for anyone else (the page's "not found"). */
export async function getBoardView(userId: string, assignmentId: string, position: number, { showNames }: { showNames: boolean }): Promise<BoardView | null> {
  const found = await findSection(userId, assignmentId, position);
  if (!found || !isModerator(found.context.role)) return null;
  const { section } = found;
  const [debate, text, spotlight, presence] = await Promise.all([
    getDebateView(userId, assignmentId, position),
    loadPassages(discussionViewer(userId, found.settings), assignmentId, section),
    getSpotlight(userId, assignmentId, position),
    getPresence(userId, assignmentId, position, { withNames: showNames }),
  ]);
  if (!debate?.columns || !presence) return null;
  const toBoardPost = ({ author, ...post }: DebatePost): BoardPost => ({ ...post, author: showNames ? author.name : null });
  return {
    ...found.context,
    section: debate.section,
    showNames,
    responseCount: debate.counts.responses,
    columns: debate.columns.map((column) => ({ ...column, posts: column.posts.slice(0, BOARD_COLUMN_SIZE).map(toBoardPost) })),
    passages: mostQuoted(text.heat, BOARD_PASSAGES).map((segment) => ({ ...segment, text: truncate(section.body.slice(segment.start, segment.end), PASSAGE_LENGTH) })),
    unanswered: { count: debate.unanswered.count, posts: debate.unanswered.posts.slice(0, BOARD_UNANSWERED).map(toBoardPost) },
    spotlight: spotlight && { ...spotlight, author: showNames ? spotlight.author : null },
    presence,
  };
}

