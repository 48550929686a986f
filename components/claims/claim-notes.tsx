import type { ClaimView } from "@/lib/claims/queries";
import { truncate } from "@/lib/format";
import { removeClaimAction } from "@/lib/claims/actions";
import { ActionForm } from "@/components/ui/action-form";

type ClaimNotesProps = { claims: ClaimView[]; canMarkClaims: boolean; assignmentId: string; position: number };

// The side notes beside the section text: each contested passage, why it is contested, and
// sources from other perspectives. Numbered in text order, like the markers in the text
// (claims arrive ordered by start).
export function ClaimNotes({ claims, canMarkClaims, assignmentId, position }: ClaimNotesProps) {
  if (claims.length === 0 && !canMarkClaims) return null;
  return (
    <aside aria-label="Contested claims" className="space-y-3 rounded-lg border-l-4 border-red-700 bg-red-50 p-4 text-sm" data-testid="claim-notes">
      <h2 className="font-semibold text-red-900">Contested claims</h2>
      {claims.length === 0 ? (
        <p className="text-slate-700">No passage of section {position} is marked as contested yet.</p>
      ) : (
        <>
          <p className="text-slate-700">These passages are disputed. Read the other perspectives before you take a stance.</p>
          <ol className="space-y-3">
            {claims.map((claim, index) => (
              <ClaimNote key={claim.id} claim={claim} number={index + 1} canRemove={canMarkClaims} assignmentId={assignmentId} />
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}

function ClaimNote({ claim, number, canRemove, assignmentId }: { claim: ClaimView; number: number; canRemove: boolean; assignmentId: string }) {
  return (
    // tabIndex lets the marker's link move focus here; the ring shows which note it opened.
    <li id={`claim-${claim.id}`} data-testid="claim-note" tabIndex={-1} className="scroll-mt-4 space-y-2 rounded-md bg-white p-3 text-slate-900 target:ring-2 target:ring-red-700">
      <p>
        <span className="mr-1 font-semibold text-red-800">[{number}]</span>
        <q className="font-serif">{truncate(claim.quote, 160)}</q>
      </p>
      <p>{claim.note}</p>
      <div>
        <p className="font-medium text-slate-800">Other perspectives</p>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {claim.sources.map((source) => (
            <li key={source.url + source.title}>
              <a href={source.url} rel="nofollow noopener noreferrer">
                {source.title}
              </a>{" "}
              <span className="text-slate-700">({source.perspective})</span>
            </li>
          ))}
        </ul>
      </div>
      {canRemove ? (
        <details>
          <summary className="btn-quiet inline-flex cursor-pointer">
            Remove<span className="sr-only"> contested claim {number}</span>
          </summary>
          <div className="mt-2 space-y-2">
            <p className="text-slate-700">Remove this note? Nobody in the class will see it any more. The audit log keeps a record.</p>
            <ActionForm
              action={removeClaimAction}
              fields={{ assignmentId, claimId: claim.id }}
              submitLabel={`Yes, remove claim ${number}`}
              pendingLabel="Removing…"
            />
          </div>
        </details>
      ) : null}
    </li>
  );
}
