import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Role } from '@outcomes/models';
import { userMessage } from '../../../api/errors';
import { THERAPIST_OPTIONS_QUERY } from '../../analytics/graphql/analytics';
import { formatDateTime } from '../../clinical/dates';
import { ROLE_LABELS } from '../../clinical/labels';
import { PageHeading } from '../../shell/components/PageHeading';
import { APP_ROUTES } from '../../shell/routes';
import { ACTION_PREFIXES, auditFilterFromParams, describeDetail, OBJECT_TYPES } from '../auditFilter';
import { AUDIT_EVENTS_QUERY } from '../graphql/audit';

const PAGE_SIZE = 50;

function isRole(value: string | null | undefined): value is Role {
  return value !== null && value !== undefined && (Object.values(Role) as string[]).includes(value);
}

/** The clinic's audit trail, newest first: who read or changed what, and when. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const filter = useMemo(() => auditFilterFromParams(new URLSearchParams(query)), [query]);
  const { data, loading, error, refetch, fetchMore } = useQuery(AUDIT_EVENTS_QUERY, { variables: { filter, first: PAGE_SIZE } });
  const { data: usersData } = useQuery(THERAPIST_OPTIONS_QUERY);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  const users = usersData?.users;
  const names = useMemo(() => new Map((users ?? []).map((user) => [user.id, user.displayName])), [users]);
  const events = useMemo(() => data?.auditEvents.edges.map((edge) => edge.node) ?? [], [data]);
  const pageInfo = data?.auditEvents.pageInfo;

  function set(key: string, value: string): void {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  }

  async function loadMore(): Promise<void> {
    if (!pageInfo?.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <PageHeading>{APP_ROUTES.audit.title}</PageHeading>
      <p className="muted lead">
        Every read of identifiable data, every change and every export, newest first. Events name people and records by id,
        never by their contents.
      </p>
      <form className="card filter-bar" role="search" aria-label="Audit events to show" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" value={params.get('action') ?? ''} onChange={(event) => set('action', event.target.value)}>
            <option value="">All</option>
            {ACTION_PREFIXES.map((prefix) => (
              <option key={prefix.value} value={prefix.value}>
                {prefix.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-actor">Who</label>
          <select id="audit-actor" value={params.get('actor') ?? ''} onChange={(event) => set('actor', event.target.value)}>
            <option value="">Anyone</option>
            {(users ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-object">Record</label>
          <select id="audit-object" value={params.get('object') ?? ''} onChange={(event) => set('object', event.target.value)}>
            <option value="">Any</option>
            {OBJECT_TYPES.map((type) => (
              <option key={type.value} value={type.value}>
                {type.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" type="date" value={params.get('from') ?? ''} onChange={(event) => set('from', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">To (inclusive)</label>
          <input id="audit-to" type="date" value={params.get('to') ?? ''} onChange={(event) => set('to', event.target.value)} />
        </div>
      </form>

      <section className="card" aria-labelledby="audit-title" aria-busy={loading}>
        <h2 id="audit-title">Events</h2>
        {error ? (
          <div role="alert" className="alert alert-error">
            <p>The audit log could not be loaded. {userMessage(error)}</p>
            <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
              Try again
            </button>
          </div>
        ) : loading && events.length === 0 ? (
          <p role="status" className="muted">
            Loading the audit log…
          </p>
        ) : events.length === 0 ? (
          <p className="muted">No events match this filter.</p>
        ) : (
          <>
            <div className="table-scroll">
              <table className="data-table audit-table">
                <caption className="visually-hidden">Audit events, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">Action</th>
                    <th scope="col">Record</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {events.map((event) => (
                    <tr key={event.id}>
                      <th scope="row">{formatDateTime(event.occurredAt)}</th>
                      <td>
                        {event.actorUserId ? (names.get(event.actorUserId) ?? event.actorUserId.slice(0, 8)) : '—'}
                        {isRole(event.actorRole) && <span className="muted"> ({ROLE_LABELS[event.actorRole].toLowerCase()})</span>}
                      </td>
                      <td>
                        <code>{event.action}</code>
                      </td>
                      <td>
                        {event.objectType ? (OBJECT_TYPES.find((type) => type.value === event.objectType)?.label ?? event.objectType) : '—'}
                        {event.objectId && <span className="muted"> {event.objectId.slice(0, 8)}</span>}
                      </td>
                      <td className="cell-notes">{describeDetail(event.detail)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="form-actions load-more">
              <p className="muted" role="status">
                {events.length} events shown{pageInfo?.hasNextPage ? '; older events exist.' : '.'}
              </p>
              {pageInfo?.hasNextPage && (
                <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
                  {loadingMore ? 'Loading…' : `Load ${PAGE_SIZE} more`}
                </button>
              )}
            </div>
            {moreError !== null && (
              <p role="alert" className="alert alert-error">
                Older events could not be loaded. {userMessage(moreError)}
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
