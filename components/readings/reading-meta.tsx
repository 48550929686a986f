// Author, perspective and source of a reading. A source is a link only when it is http(s)
// (the server refuses other schemes); otherwise it is a citation.
export function ReadingMeta({ reading }: { reading: { author: string | null; source: string | null; perspective: string | null } }) {
  if (!reading.author && !reading.source && !reading.perspective) return null;
  const isLink = reading.source !== null && /^https?:\/\//i.test(reading.source);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-slate-800">
      {reading.author ? (
        <>
          <dt className="font-medium">Author</dt>
          <dd>{reading.author}</dd>
        </>
      ) : null}
      {reading.perspective ? (
        <>
          <dt className="font-medium">Perspective</dt>
          <dd>{reading.perspective}</dd>
        </>
      ) : null}
      {reading.source ? (
        <>
          <dt className="font-medium">Source</dt>
          <dd className="break-words">
            {isLink ? (
              <a href={reading.source} rel="nofollow noopener noreferrer" target="_blank">
                {reading.source}
              </a>
            ) : (
              reading.source
            )}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
