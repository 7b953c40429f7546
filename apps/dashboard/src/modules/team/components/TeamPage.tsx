import { userMessage } from '../../../api/errors';
import { useSignedInUser } from '../../auth/signedInUser';
import { PageHeading } from '../../shell/components/PageHeading';
import { APP_ROUTES } from '../../shell/routes';
import { useTeam } from '../hooks/useTeam';
import { AddUserForm } from './AddUserForm';
import { TeamTable } from './TeamTable';

export function TeamPage() {
  const me = useSignedInUser();
  const team = useTeam();
  return (
    <>
      <PageHeading>{APP_ROUTES.team.title}</PageHeading>
      <p className="muted lead">
        Who can sign in, and with which role. A changed role or a deactivation signs the user out at once.
      </p>
      <div className="stack">
        <section className="card" aria-labelledby="team-list-title" aria-busy={team.loading}>
          <h2 id="team-list-title">Users</h2>
          {team.error ? (
            <div role="alert" className="alert alert-error">
              <p>Users could not be loaded. {userMessage(team.error)}</p>
              <button type="button" className="button" onClick={team.retry}>
                Try again
              </button>
            </div>
          ) : team.loading && team.users.length === 0 ? (
            <p role="status" className="muted">
              Loading users…
            </p>
          ) : (
            <TeamTable users={team.users} currentUserId={me.id} onUpdate={team.updateUser} />
          )}
        </section>
        <AddUserForm onCreate={team.createUser} creating={team.creating} />
      </div>
    </>
  );
}
