import { fireEvent, screen, within } from '@testing-library/react';
import { Role } from '@outcomes/models';
import type { AuditEventFilter, AuditEventsQuery } from '../../../gql/graphql';
import { MeFactory, therapistOptionsMock } from '../../../testing/factories';
import { renderAt } from '../../../testing/renderApp';
import { auditFilterFromParams, describeDetail } from '../auditFilter';
import { AuditPage } from '../components/AuditPage';
import { AUDIT_EVENTS_QUERY } from '../graphql/audit';

const ANA = '36b10639-e2f7-4a4b-80c4-e87d43d34392';

describe('auditFilterFromParams', () => {
  it('is null for the whole log', () => {
    expect(auditFilterFromParams(new URLSearchParams(''))).toBeNull();
  });

  it('reads the action family, the user, the record type and a day range ending after the last day', () => {
    // TZ=UTC in Jest: local midnight is UTC midnight.
    expect(auditFilterFromParams(new URLSearchParams(`action=login.&actor=${ANA}&object=patient&from=2025-03-01&to=2025-03-31`))).toEqual({
      actionPrefix: 'login.',
      actorUserId: ANA,
      objectType: 'patient',
      occurredFrom: '2025-03-01T00:00:00.000Z',
      occurredTo: '2025-04-01T00:00:00.000Z',
    });
  });

  it('ignores values it does not know', () => {
    expect(auditFilterFromParams(new URLSearchParams('action=drop table&object=everything&actor=me&from=yesterday'))).toBeNull();
  });
});

describe('describeDetail', () => {
  it('lists the detail as key: value pairs', () => {
    expect(describeDetail({ episodeId: 'e-1', redFlags: 2, filters: ['actionPrefix', 'objectType'] })).toBe(
      'episodeId: e-1; redFlags: 2; filters: actionPrefix, objectType',
    );
    expect(describeDetail(null)).toBe('');
  });
});

type Edge = AuditEventsQuery['auditEvents']['edges'][number];

function edge(id: string, action: string, occurredAt: string, overrides: Partial<Edge['node']> = {}): Edge {
  return {
    __typename: 'AuditEventEdge',
    cursor: `cursor-${id}`,
    node: {
      __typename: 'AuditEvent',
      id,
      occurredAt,
      actorUserId: ANA,
      actorRole: Role.THERAPIST,
      action,
      objectType: 'patient',
      objectId: 'c42a302a-9e51-4a3e-ba6c-3786c87efea2',
      detail: null,
      ...overrides,
    },
  };
}

function auditMock(filter: AuditEventFilter | null, edges: Edge[], options: { after?: string; hasNextPage?: boolean } = {}) {
  return {
    request: { query: AUDIT_EVENTS_QUERY, variables: { filter, first: 50, ...(options.after ? { after: options.after } : {}) } },
    result: {
      data: {
        auditEvents: {
          __typename: 'AuditEventConnection' as const,
          edges,
          pageInfo: { __typename: 'PageInfo' as const, endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: options.hasNextPage ?? false },
        },
      },
    },
  };
}

describe('AuditPage', () => {
  const owner = MeFactory.build({ role: Role.OWNER });

  it('shows who did what, names users, and loads older pages on request', async () => {
    renderAt(
      '/audit',
      [
        auditMock(null, [edge('a2', 'patient.read', '2025-03-02T10:00:00Z'), edge('a1', 'login.success', '2025-03-01T09:00:00Z', { objectType: 'user', detail: { ip: 'hidden' } })], {
          hasNextPage: true,
        }),
        therapistOptionsMock([{ id: ANA, displayName: 'Ana Silva' }]),
        auditMock(null, [edge('a0', 'session.record', '2025-02-28T08:00:00Z', { detail: { redFlags: 1 } })], { after: 'cursor-a1' }),
      ],
      { ui: <AuditPage />, me: owner },
    );

    const table = await screen.findByRole('table', { name: 'Audit events, newest first' });
    expect(await within(table).findAllByText('Ana Silva')).toHaveLength(2);
    expect(within(table).getAllByRole('row').map((row) => row.children[2]?.textContent)).toEqual(['Action', 'patient.read', 'login.success']);

    fireEvent.click(screen.getByRole('button', { name: 'Load 50 more' }));

    expect(await within(table).findByText('session.record')).toBeTruthy();
    expect(within(table).getByText('redFlags: 1')).toBeTruthy();
    expect(screen.getByText('3 events shown.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load 50 more' })).toBeNull();
  });

  it('filters through the address', async () => {
    const app = renderAt(
      '/audit',
      [auditMock(null, [edge('a1', 'login.success', '2025-03-01T09:00:00Z')]), therapistOptionsMock(), auditMock({ actionPrefix: 'patient.' }, [])],
      { ui: <AuditPage />, me: owner },
    );
    await screen.findByRole('table');

    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'patient.' } });

    expect(await screen.findByText('No events match this filter.')).toBeTruthy();
    expect(app.href()).toBe('/audit?action=patient.');
  });
});
