// The audit log's filter, kept in the address like the analytics filter: ?action=login.&actor=…&from=…
import type { AuditEventFilter } from '../../gql/graphql';
import { addDays, isLocalDate } from '../clinical/dates';

/** Action families the API records (apps/api: AuditService callers), by prefix. */
export const ACTION_PREFIXES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'login.', label: 'Logins' },
  { value: 'logout', label: 'Logouts' },
  { value: 'patient.', label: 'Patients' },
  { value: 'episode.', label: 'Episodes' },
  { value: 'session.', label: 'Sessions' },
  { value: 'referral.', label: 'Referrals' },
  { value: 'identifiable.', label: 'Identifiable reads' },
  { value: 'caseload.', label: 'Caseload reads' },
  { value: 'user.', label: 'Users' },
  { value: 'export.', label: 'Exports' },
  { value: 'audit.', label: 'Audit log' },
  { value: 'deny', label: 'Refusals' },
];

export const OBJECT_TYPES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'patient', label: 'Patient' },
  { value: 'episode', label: 'Episode' },
  { value: 'treatment_session', label: 'Session' },
  { value: 'medication_report', label: 'Medication report' },
  { value: 'outcome_measure', label: 'Questionnaire' },
  { value: 'red_flag_alert', label: 'Red-flag alert' },
  { value: 'referral', label: 'Referral' },
  { value: 'user', label: 'User' },
  { value: 'export_run', label: 'Export' },
  { value: 'audit_event', label: 'Audit log' },
];

/**
 * Local midnight of a calendar date as an instant: the owner picks days on their own calendar,
 * and the API compares instants.
 */
function localMidnight(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toISOString();
}

/**
 * The AuditEventFilter the address describes, or null for the whole log. "to" is a day included
 * in full: the range ends at the following midnight (the API's occurredTo is exclusive).
 */
export function auditFilterFromParams(params: URLSearchParams): AuditEventFilter | null {
  const filter: AuditEventFilter = {};
  const action = params.get('action');
  const actor = params.get('actor');
  const object = params.get('object');
  const from = params.get('from');
  const to = params.get('to');
  if (action && ACTION_PREFIXES.some((prefix) => prefix.value === action)) filter.actionPrefix = action;
  if (actor && /^[0-9a-f-]{36}$/i.test(actor)) filter.actorUserId = actor;
  if (object && OBJECT_TYPES.some((type) => type.value === object)) filter.objectType = object;
  if (from && isLocalDate(from)) filter.occurredFrom = localMidnight(from);
  if (to && isLocalDate(to)) filter.occurredTo = localMidnight(addDays(to, 1));
  return Object.keys(filter).length > 0 ? filter : null;
}

/** "key: value" pairs of an event's detail, for the table (the API never puts PHI there). */
export function describeDetail(detail: Record<string, unknown> | null | undefined): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`)
    .join('; ');
}
