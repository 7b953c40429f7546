import { useState } from 'react';
import type { Role } from '@outcomes/models';
import { userMessage } from '../../../api/errors';
import { codesOf, ROLE_LABELS } from '../../clinical/labels';
import type { UpdateUserInput } from '../../../gql/graphql';
import type { MutationOutcome, TeamMember } from '../hooks/useTeam';

export interface TeamTableProps {
  users: readonly TeamMember[];
  currentUserId: string;
  onUpdate: (input: UpdateUserInput) => Promise<MutationOutcome>;
}

interface RowMessage {
  userId: string;
  tone: 'error' | 'success';
  text: string;
}

/** The clinic's users: change a role, deactivate or reactivate. Your own row is read-only. */
export function TeamTable({ users, currentUserId, onUpdate }: TeamTableProps) {
  const [pendingRoles, setPendingRoles] = useState<Readonly<Record<string, Role>>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<RowMessage | null>(null);

  async function apply(user: TeamMember, input: UpdateUserInput, success: string): Promise<void> {
    setBusy(user.id);
    setMessage(null);
    const outcome = await onUpdate(input);
    setBusy(null);
    if (outcome.ok) {
      setPendingRoles(({ [user.id]: _saved, ...rest }) => rest);
      setMessage({ userId: user.id, tone: 'success', text: success });
    } else {
      setMessage({ userId: user.id, tone: 'error', text: `${user.displayName}: ${userMessage(outcome.error)}` });
    }
  }

  return (
    <div className="table-scroll">
      <table className="data-table team-table">
        <caption className="visually-hidden">The clinic’s users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const isSelf = user.id === currentUserId;
            const pending = pendingRoles[user.id];
            const rowMessage = message?.userId === user.id ? message : null;
            return (
              <tr key={user.id} className={user.active ? undefined : 'row-inactive'}>
                <th scope="row">
                  {user.displayName}
                  {isSelf && <span className="muted"> (you)</span>}
                  {rowMessage && (
                    <p role={rowMessage.tone === 'error' ? 'alert' : 'status'} className={rowMessage.tone === 'error' ? 'field-error' : 'field-success'}>
                      {rowMessage.text}
                    </p>
                  )}
                </th>
                <td>{user.email}</td>
                <td>
                  <div className="inline-control">
                    <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                      Role of {user.displayName}
                    </label>
                    <select
                      id={`role-${user.id}`}
                      value={pending ?? user.role}
                      disabled={isSelf || busy === user.id}
                      onChange={(event) => setPendingRoles((current) => ({ ...current, [user.id]: event.target.value as Role }))}
                    >
                      {codesOf(ROLE_LABELS).map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                    {pending && pending !== user.role && (
                      <button
                        type="button"
                        className="button button-small"
                        disabled={busy === user.id}
                        onClick={() =>
                          void apply(user, { id: user.id, role: pending }, `${user.displayName} is now ${ROLE_LABELS[pending].toLowerCase()}; their sessions were signed out.`)
                        }
                      >
                        Save role<span className="visually-hidden"> of {user.displayName}</span>
                      </button>
                    )}
                  </div>
                </td>
                <td>{user.active ? 'Active' : 'Deactivated'}</td>
                <td>
                  {!isSelf && (
                    <button
                      type="button"
                      className={user.active ? 'button button-small button-danger' : 'button button-small'}
                      disabled={busy === user.id}
                      onClick={() =>
                        void apply(
                          user,
                          { id: user.id, active: !user.active },
                          user.active ? `${user.displayName} can no longer sign in.` : `${user.displayName} can sign in again.`,
                        )
                      }
                    >
                      {user.active ? 'Deactivate' : 'Reactivate'}
                      <span className="visually-hidden"> {user.displayName}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
