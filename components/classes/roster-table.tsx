"use client";

import { useActionState, useState } from "react";
import { ROLE_CHOICES, isStudent } from "@/lib/authz";
import type { RosterMember } from "@/lib/classes/queries";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/classes/actions";
import { issueResetCodeAction } from "@/lib/accounts/actions";
import { IDLE } from "@/lib/action-state";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { RoleBadge } from "@/components/classes/role-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

// Moves focus to the confirmation when it appears, so keyboard and screen-reader users land on it.
const focusOnShow = (element: HTMLElement | null) => element?.focus();

type RosterTableProps = { classroomId: string; members: RosterMember[]; canManage: boolean; canResetPasswords: boolean };

export function RosterTable({ classroomId, members, canManage, canResetPasswords }: RosterTableProps) {
  const hasControls = canManage || canResetPasswords;
  return (
    <ScrollRegion label="Members">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Members and their roles</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Email</th>
            <th scope="col" className="px-4 py-2">Role</th>
            {hasControls ? <th scope="col" className="px-4 py-2">Manage</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.membershipId} className="border-b border-slate-100 align-top" data-testid="roster-row">
              <th scope="row" className="px-4 py-2 font-medium">
                {member.name}
                {member.isViewer ? " (you)" : ""}
              </th>
              <td className="px-4 py-2">{member.email}</td>
              <td className="px-4 py-2">
                <RoleBadge role={member.role} />
              </td>
              {hasControls ? (
                <td className="space-y-2 px-4 py-2">
                  {canManage ? <MemberControls classroomId={classroomId} member={member} /> : null}
                  {canResetPasswords && isStudent(member.role) ? <ResetCodeControl classroomId={classroomId} member={member} /> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

// The code appears once, in the form's message; the server keeps only its hash.
function ResetCodeControl({ classroomId, member }: { classroomId: string; member: RosterMember }) {
  return (
    <ActionForm
      action={issueResetCodeAction}
      fields={{ classroomId, membershipId: member.membershipId }}
      pendingLabel="Making a code…"
      className="btn-quiet"
      submitLabel={
        <span>
          Reset password<span className="sr-only"> of {member.name}</span>
        </span>
      }
    />
  );
}

function MemberControls({ classroomId, member }: { classroomId: string; member: RosterMember }) {
  const [roleState, changeRole] = useActionState(changeMemberRoleAction, IDLE);
  const [removeState, remove] = useActionState(removeMemberAction, IDLE);
  const [confirming, setConfirming] = useState(false);
  const selectId = `role-${member.membershipId}`;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={changeRole} className="flex items-center gap-2">
          <input type="hidden" name="classroomId" value={classroomId} />
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <label htmlFor={selectId} className="sr-only">
            Role of {member.name}
          </label>
          <select id={selectId} name="role" defaultValue={member.role} className="input w-auto py-1 text-sm">
            {ROLE_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
          <SubmitButton pendingLabel="Saving…" className="btn-secondary py-1">
            <span>
              Change role<span className="sr-only"> of {member.name}</span>
            </span>
          </SubmitButton>
        </form>
        {confirming ? null : (
          <button type="button" className="btn-quiet text-red-800" onClick={() => setConfirming(true)}>
            Remove<span className="sr-only"> {member.name}</span>
          </button>
        )}
      </div>
      {confirming ? (
        // The second step names the person, so the wrong row's button can't remove someone at once.
        <form action={remove} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-2" aria-label={`Remove ${member.name}`}>
          <input type="hidden" name="classroomId" value={classroomId} />
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <p ref={focusOnShow} tabIndex={-1} className="text-sm text-red-900">
            Remove {member.name} from the class? They lose access to it; their posts stay.
          </p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton pendingLabel="Removing…" className="btn-secondary py-1 text-red-800">
              Yes, remove {member.name}
            </SubmitButton>
            <button type="button" className="btn-quiet" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      <FormMessage state={roleState.status === "error" ? roleState : removeState} />
    </div>
  );
}
