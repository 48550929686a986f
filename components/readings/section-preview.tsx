"use client";

import { blocks, type SplitSection } from "@/lib/readings/split";

type SectionPreviewProps = {
  index: number;
  section: SplitSection;
  question: string;
  isLast: boolean;
  onRename: (heading: string) => void;
  onRenameDone: () => void;
  onQuestion: (question: string) => void;
  onMerge: () => void;
  onSplit: (paragraph: number) => void;
};

// One section of the preview: its title, its paragraphs with a "split here" control between
// them, its question, and merging with the next section.
export function SectionPreview({ index, section, question, isLast, onRename, onRenameDone, onQuestion, onMerge, onSplit }: SectionPreviewProps) {
  const number = index + 1;
  const paragraphs = blocks(section.text).map((block) => ({ ...block, text: section.text.slice(block.start, block.end).trim() }));
  return (
    <li className="card space-y-3" data-testid="section-preview" aria-labelledby={`section-${number}-label`}>
      <h3 id={`section-${number}-label`} className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        Section {number}
      </h3>
      <div className="space-y-1">
        <label htmlFor={`section-${number}-heading`} className="block text-sm font-medium text-slate-800">
          Title of section {number} (optional)
        </label>
        <input
          id={`section-${number}-heading`}
          className="input"
          value={section.heading ?? ""}
          onChange={(e) => onRename(e.target.value)}
          onBlur={onRenameDone}
        />
      </div>
      <div className="max-h-96 space-y-2 overflow-y-auto rounded-md bg-stone-50 p-3 font-serif text-slate-900" tabIndex={0} aria-label={`Text of section ${number}`}>
        {paragraphs.map((paragraph, i) => (
          <div key={paragraph.start} className="space-y-2">
            {i > 0 ? (
              <button type="button" className="btn-quiet text-xs" onClick={() => onSplit(i)}>
                Split here: start a new section at paragraph {i + 1}
                <span className="sr-only"> of section {number}</span>
              </button>
            ) : null}
            <p className={paragraph.heading ? "font-semibold" : "whitespace-pre-line"}>{paragraph.text}</p>
          </div>
        ))}
      </div>
      <div className="space-y-1">
        <label htmlFor={`section-${number}-question`} className="block text-sm font-medium text-slate-800">
          Question for section {number} (optional)
        </label>
        <textarea id={`section-${number}-question`} rows={2} className="input" value={question} onChange={(e) => onQuestion(e.target.value)} />
      </div>
      {isLast ? null : (
        <button type="button" className="btn-secondary" onClick={onMerge}>
          Merge with section {number + 1}
        </button>
      )}
    </li>
  );
}
