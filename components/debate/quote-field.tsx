"use client";

import { truncate } from "@/lib/format";
import { usePassageSelection } from "@/components/debate/passage-selection";

// The chosen passage, sent with a response or reply as offsets and text; the server checks both.
export function QuoteField({ errors }: { errors?: string[] }) {
  const { passage, choose } = usePassageSelection();
  return (
    <div className="space-y-1 text-sm">
      {passage ? (
        <div className="flex flex-wrap items-start gap-2 rounded-md border border-amber-300 bg-amber-50 p-2" data-testid="quote-field">
          <input type="hidden" name="quoteStart" value={passage.start} />
          <input type="hidden" name="quoteEnd" value={passage.end} />
          <input type="hidden" name="quoteText" value={passage.text} />
          <p className="min-w-0 flex-1">
            <span className="font-medium text-slate-800">Quoting: </span>
            <q className="font-serif text-slate-900">{truncate(passage.text, 200)}</q>
          </p>
          <button type="button" className="btn-quiet" onClick={() => choose(null)}>
            Remove quote
          </button>
        </div>
      ) : (
        <p className="text-slate-600">No passage quoted. Select words in the text, or choose a sentence, to quote it.</p>
      )}
      {errors?.length ? <p className="text-red-700">{errors[0]}</p> : null}
    </div>
  );
}
