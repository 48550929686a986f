import { spotlightPostAction } from "@/lib/board/actions";
import { ActionForm } from "@/components/ui/action-form";

// Puts one published post at the top of everyone's section page (replacing any other).
export function SpotlightButton({ postId, label }: { postId: string; label: string }) {
  return (
    <ActionForm
      action={spotlightPostAction}
      fields={{ postId }}
      submitLabel={
        <>
          Spotlight<span className="sr-only"> {label}</span>
        </>
      }
      pendingLabel="Spotlighting…"
      className="btn-secondary py-1"
    />
  );
}
