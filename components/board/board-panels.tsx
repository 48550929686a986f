import type { BoardView } from "@/lib/board/board-view";
import { plural } from "@/lib/format";
import { FILTER_LABELS, EMPTY_STANCE } from "@/components/debate/debate-filter";
import { STANCE_ACCENTS } from "@/components/debate/debate-columns";
import { BoardPostItem } from "@/components/board/board-post";


// A column per stance with its newest responses; "No stance" only when some response takes none.
export function BoardColumns({ view }: { view: BoardView }) {
  const shown = view.columns.filter((column) => column.stance !== "none" || column.count > 0);
  return (
    <div className="grid gap-3 md:grid-cols-3">
      {shown.map((column) => (
        <section
          key={column.stance}
          aria-labelledby={`board-${column.stance}`}
          className={`card space-y-3 border-t-4 p-3 ${STANCE_ACCENTS[column.stance]} ${column.stance === "none" ? "md:col-span-3" : ""}`}
          data-testid={`board-column-${column.stance}`}
        >
          <h2 id={`board-${column.stance}`} className="flex items-baseline justify-between gap-2 text-2xl font-semibold">
            {FILTER_LABELS[column.stance]}
            <span className="text-xl font-normal text-slate-700">{column.count}</span>
          </h2>
          {column.posts.length === 0 ? (
            <p className="text-lg text-slate-700">{EMPTY_STANCE}</p>
          ) : (
            <ol className="space-y-3" aria-label={`Newest responses: ${FILTER_LABELS[column.stance]}`}>
              {column.posts.map((post) => (
                <li key={post.id} className="border-t border-slate-200 pt-2 first:border-t-0 first:pt-0">
                  <BoardPostItem post={post} spotlighted={view.spotlight?.id === post.id} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}

export function BoardPassages({ passages }: { passages: BoardView["passages"] }) {
  return (
    <section aria-labelledby="board-passages" className="card space-y-2 p-3" data-testid="board-passages">
      <h2 id="board-passages" className="text-xl font-semibold">
        Most quoted passages
      </h2>
      {passages.length === 0 ? (
        <p className="text-lg text-slate-700">Nobody has quoted this section yet.</p>
      ) : (
        <ol className="space-y-2">
          {passages.map((passage) => (
            <li key={passage.start} className="text-base">
              <q className="font-serif text-slate-950">{passage.text}</q> <span className="text-slate-700">· {plural(passage.count, "post")}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function BoardUnanswered({ view }: { view: BoardView }) {
  const { unanswered } = view;
  return (
    <section aria-labelledby="board-unanswered" className="card space-y-2 border-t-4 border-t-rose-600 p-3" data-testid="board-unanswered">
      <h2 id="board-unanswered" className="flex items-baseline justify-between gap-2 text-xl font-semibold">
        Unanswered challenges <span className="text-lg font-normal text-slate-700">{unanswered.count}</span>
      </h2>
      {unanswered.posts.length === 0 ? (
        <p className="text-lg text-slate-700">Every challenge has an answer.</p>
      ) : (
        <ol className="grid gap-3 md:grid-cols-3">
          {unanswered.posts.map((post) => (
            <li key={post.id}>
              <BoardPostItem post={post} spotlighted={view.spotlight?.id === post.id} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
