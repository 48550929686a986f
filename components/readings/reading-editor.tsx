"use client";

import { startTransition, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { FieldErrors } from "@/lib/errors";
import { mergeWithNext, renameSection, splitAtParagraph, splitText, startsOf, type SplitSection } from "@/lib/readings/split";
import { DEFAULT_QUESTION, MAX_READING_BYTES, MAX_READING_LABEL } from "@/lib/readings/limits";
import { useTimeZone } from "@/components/ui/time-zone-context";
import { Field } from "@/components/ui/field";
import { SectionPreview } from "@/components/readings/section-preview";
import { assignWithDefaultsAction } from "@/lib/readings/actions";
import { DEFAULT_DUE_DAYS, defaultDueAt } from "@/lib/assignments/defaults";
import { IDLE } from "@/lib/action-state";

export type ReadingDraft = {
  title: string;
  author: string;
  source: string;
  perspective: string;
  text: string;
  sections: (SplitSection & { question: string })[];
};

type Details = Pick<ReadingDraft, "title" | "author" | "source" | "perspective">;
type Message = { kind: "error" | "info"; text: string } | null;

// Import and edit a reading: details, the text (pasted or uploaded), then a preview of the
// automatic split that the teacher adjusts (merge, split at a paragraph, rename) and questions.
// Nothing is stored until "Save reading"; the server cuts the text at the same places. Started from
// a class (`forClass`), saving returns there with the reading chosen, or assigns it at once.
export function ReadingEditor({
  readingId,
  initial,
  forClass,
}: {
  readingId?: string;
  initial?: ReadingDraft;
  forClass?: { id: string; name: string };
}) {
  const router = useRouter();
  const [details, setDetails] = useState<Details>({
    title: initial?.title ?? "",
    author: initial?.author ?? "",
    source: initial?.source ?? "",
    perspective: initial?.perspective ?? "",
  });
  const [text, setText] = useState(initial?.text ?? "");
  const [sections, setSections] = useState<SplitSection[] | null>(initial?.sections ?? null);
  const [questions, setQuestions] = useState<string[]>(initial?.sections.map((s) => s.question) ?? []);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<Message>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zone = useTimeZone();
  const previewHeading = useRef<HTMLHeadingElement>(null);

  function preview(fromText = text) {
    if (fromText.trim() === "") {
      setFieldErrors({ text: ["Paste the reading's text or upload a file."] });
      return;
    }
    const split = splitText(fromText);
    setFieldErrors({});
    setMessage(null);
    setSections(split);
    setQuestions(split.map(() => DEFAULT_QUESTION));
    requestAnimationFrame(() => previewHeading.current?.focus());
  }

  async function upload(file: File) {
    setUploadError(null);
    if (file.size > MAX_READING_BYTES) {
      setUploadError(`The file is larger than ${MAX_READING_LABEL}.`);
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch("/api/readings/extract", { method: "POST", body });
      const result = await response.json();
      if (!response.ok) {
        setUploadError(result.error?.message ?? "The file could not be read.");
        return;
      }
      setText(result.text);
      if (!details.title) setDetails((d) => ({ ...d, title: result.title }));
      preview(result.text);
    } catch {
      setUploadError("The upload failed. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  function adjust(next: SplitSection[], nextQuestions: string[]) {
    setSections(next);
    setQuestions(nextQuestions);
  }

  // `quick`: straight from the text, with the automatic split and suggested questions.
  async function save({ assign = false, quick = false } = {}) {
    if (quick && text.trim() === "") {
      setFieldErrors({ text: ["Paste the reading's text or upload a file."] });
      return;
    }
    const chosen = quick ? splitText(text) : sections;
    if (!chosen) return;
    const chosenStarts = startsOf(chosen);
    setBusy(true);
    setMessage(null);
    const payload = {
      ...details,
      text,
      sections: chosen.map((section, i) => ({
        start: chosenStarts[i],
        heading: section.heading,
        question: quick ? DEFAULT_QUESTION : (questions[i] ?? ""),
      })),
    };
    try {
      const response = await fetch(readingId ? `/api/readings/${readingId}` : "/api/readings", {
        method: readingId ? "PUT" : "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload),
      });
      const result = await response.json();
      if (!response.ok) {
        setFieldErrors(result.error?.fieldErrors ?? {});
        setMessage({ kind: "error", text: result.error?.message ?? "The reading could not be saved." });
        return;
      }
      if (forClass && assign) {
        const form = new FormData();
        form.set("classroomId", forClass.id);
        form.set("readingId", result.id);
        form.set("dueAt", defaultDueAt(new Date(), zone).toISOString());
        startTransition(async () => {
          const outcome = await assignWithDefaultsAction(IDLE, form);
          if (outcome.status === "error") setMessage({ kind: "error", text: `The reading is saved, but: ${outcome.message}` });
        });
      } else if (forClass) {
        router.push(`/classes/${forClass.id}?reading=${result.id}`);
      } else {
        router.push(`/library/${result.id}${result.newVersion ? "?saved=version" : ""}`);
      }
    } catch {
      setMessage({ kind: "error", text: "Saving failed. Check your connection and try again." });
    } finally {
      setBusy(false);
    }
  }

  const starts = sections ? startsOf(sections) : [];

  const detail = (key: keyof Details, label: string, hint?: string) => (
    <Field id={key} label={label} errors={fieldErrors[key]} hint={hint}>
      {(props) => (
        <input {...props} className="input" value={details[key]} onChange={(e) => setDetails((d) => ({ ...d, [key]: e.target.value }))} />
      )}
    </Field>
  );

  return (
    <div className="space-y-6">
      <div aria-live="polite" role="status">
        {message ? (
          <p className={`rounded-md border px-3 py-2 text-sm ${message.kind === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`}>
            {message.text}
          </p>
        ) : null}
      </div>
      {forClass ? (
        <p className="text-slate-700">
          “Save and assign to {forClass.name}” assigns it at once: open now, due in {DEFAULT_DUE_DAYS} days at 23:59, every section.
        </p>
      ) : null}
      <section aria-labelledby="details-heading" className="card space-y-4">
        <h2 id="details-heading" className="text-lg font-semibold">
          About the reading
        </h2>
        {detail("title", "Title", readingId ? undefined : "Empty: the file name, or the text’s first heading or line.")}
        <div className="grid gap-4 sm:grid-cols-2">
          {detail("author", "Author (optional)")}
          {detail("perspective", "Perspective (optional)", "For example: Pyongyang/Beijing narrative")}
        </div>
        {detail("source", "Source (optional)", "A link (https://…) or a citation")}
      </section>

      {sections === null ? (
        <section aria-labelledby="text-heading" className="card space-y-4">
          <h2 id="text-heading" className="text-lg font-semibold">
            The text
          </h2>
          <div className="space-y-1">
            <label htmlFor="reading-file" className="block text-sm font-medium text-slate-800">
              Upload a file
            </label>
            <input
              id="reading-file"
              type="file"
              accept=".txt,.md,.markdown,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              className="block text-sm"
              aria-describedby="reading-file-hint reading-file-error"
              disabled={busy}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void upload(file);
              }}
            />
            <p id="reading-file-hint" className="text-sm text-slate-600">
              .txt, .md or .docx, up to {MAX_READING_LABEL}.
            </p>
            <p id="reading-file-error" role="alert" className="text-sm text-red-700">
              {uploadError}
            </p>
          </div>
          <Field id="text" label="Or paste the text" errors={fieldErrors.text} hint="Markdown headings (# Heading) become sections; otherwise paragraphs are grouped.">
            {(props) => <textarea {...props} rows={12} className="input font-serif" value={text} onChange={(e) => setText(e.target.value)} />}
          </Field>
          <div className="flex flex-wrap gap-3">
            <button type="button" className={forClass ? "btn-secondary" : "btn-primary"} onClick={() => preview()} disabled={busy}>
              Preview sections
            </button>
            {forClass ? <AssignButton forClass={forClass} busy={busy} onClick={() => save({ assign: true, quick: true })} /> : null}
          </div>
        </section>
      ) : (
        <section aria-labelledby="preview-heading" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="preview-heading" ref={previewHeading} tabIndex={-1} className="text-lg font-semibold">
              Sections ({sections.length})
            </h2>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                setSections(null);
                setQuestions([]);
              }}
            >
              Change the text
            </button>
          </div>
          <p className="text-sm text-slate-700">
            Merge sections or split one at a paragraph; the text itself stays exactly as it is. Each section&apos;s question is
            what students answer: keep the suggestion, write your own, or leave it empty.
          </p>
          {fieldErrors.sections ? <p className="text-sm text-red-700">{fieldErrors.sections[0]}</p> : null}
          <ol className="space-y-4">
            {sections.map((section, index) => (
              <SectionPreview
                key={starts[index]}
                index={index}
                section={section}
                question={questions[index] ?? ""}
                isLast={index === sections.length - 1}
                onRename={(heading) => setSections(sections.map((s, i) => (i === index ? { ...s, heading } : s)))}
                onRenameDone={() => setSections(renameSection(sections, index, section.heading ?? ""))}
                onQuestion={(question) => setQuestions(questions.map((q, i) => (i === index ? question : q)))}
                onMerge={() => adjust(mergeWithNext(sections, index), questions.filter((_, i) => i !== index + 1))}
                onSplit={(paragraph) => {
                  const next = splitAtParagraph(sections, index, paragraph);
                  if (next !== sections) adjust(next, [...questions.slice(0, index + 1), DEFAULT_QUESTION, ...questions.slice(index + 1)]);
                }}
              />
            ))}
          </ol>
          <div className="flex flex-wrap gap-3">
            {forClass ? <AssignButton forClass={forClass} busy={busy} onClick={() => save({ assign: true })} /> : null}
            <button type="button" className={forClass ? "btn-secondary" : "btn-primary"} onClick={() => save()} disabled={busy}>
              {busy ? "Saving…" : "Save reading"}
            </button>
          </div>

        </section>
      )}
    </div>
  );
}

function AssignButton({ forClass, busy, onClick }: { forClass: { name: string }; busy: boolean; onClick: () => void }) {
  return (
    <button type="button" className="btn-primary" onClick={onClick} disabled={busy}>
      {busy ? "Saving…" : `Save and assign to ${forClass.name}`}
    </button>
  );
}
