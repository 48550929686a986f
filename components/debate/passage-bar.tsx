"use client";

import { truncate } from "@/lib/format";
import { usePassageSelection, type Passage } from "@/components/debate/passage-selection";

// Under the section text: the keyboard's way to choose a passage (one sentence), and what is
// chosen, ready to quote in a response, a reply or a contested claim.
export function PassageBar({ sentences, canRespond }: { sentences: Passage[]; canRespond: boolean }) {
  const { passage, choose } = usePassageSelection();
  const chosenIndex = passage ? sentences.findIndex((sentence) => sentence.start === passage.start && sentence.end === passage.end) : -1;
  const respond = () => {
    const field = document.getElementById("response-body");
    field?.scrollIntoView({ block: "center" });
    field?.focus();
  };
  return (
    <div className="space-y-3 rounded-md bg-slate-50 p-3 text-sm" data-testid="passage-bar">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="sentence-choice" className="font-medium text-slate-800">
          Quote the text: select words above, or choose a sentence
        </label>
        <select
          id="sentence-choice"
          className="input w-auto max-w-full text-sm"
          value={chosenIndex >= 0 ? String(chosenIndex) : ""}
          onChange={(event) => choose(event.target.value === "" ? null : (sentences[Number(event.target.value)] ?? null))}
        >
          <option value="">Choose a sentence…</option>
          {sentences.map((sentence, index) => (
            <option key={sentence.start} value={index}>
              {index + 1}. {truncate(sentence.text, 90)}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">
        {passage ? (
          <figure className="space-y-2">
            <figcaption className="font-medium text-slate-800">Selected passage</figcaption>
            <blockquote className="border-l-4 border-amber-400 pl-3 font-serif text-base text-slate-900">{truncate(passage.text, 400)}</blockquote>
            <div className="flex flex-wrap gap-2">
              {canRespond ? (
                <button type="button" className="btn-primary" onClick={respond}>
                  Respond to this passage
                </button>
              ) : null}
              <button type="button" className="btn-secondary" onClick={() => choose(null)}>
                Clear selection
              </button>
            </div>
            <p className="text-slate-600">To reply with it instead, open Reply under a post: the passage goes with your reply.</p>
          </figure>
        ) : null}
      </div>
    </div>
  );
}
