import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { RedFlag, Role } from '@outcomes/models';
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { refreshEpisodeRollups } from '../../src/analytics/episode-rollups';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { PUBLIC_KEY, ROLES_KEY } from '../../src/auth/auth.decorators';
import type { AuthUser } from '../../src/common/access-scope';
import { Episode } from '../../src/episodes/episode.entity';
import { ExportsService } from '../../src/exports/exports.service';
import { Patient } from '../../src/patients/patient.entity';
import { RedFlagAlert } from '../../src/red-flags/red-flag-alert.entity';
import { ACCESS_POLICY, type OperationPolicy, type PolicyTarget, type Reach, rolesOf, routeKey } from '../../src/security/access-policy';
import {
  IDENTIFIABLE_FIELDS,
  LOOKS_IDENTIFIABLE,
  NOT_IDENTIFIABLE,
  OWN_LOGIN_ROOT_FIELD,
  ROW_LEVEL_TYPES,
} from '../../src/security/identifiable-fields';
import { SessionRedFlag, TreatmentSession } from '../../src/sessions/treatment-session.entity';
import { User } from '../../src/users/user.entity';
import { rowCounts } from '../support/audit';
import { type ClinicFixture, ClinicFactory, createClinicFixture, EpisodeFactory, PatientFactory, TEST_PASSWORD, UserFactory } from '../support/factories';
import { type GraphQLClient, type GraphQLResponse, startTestApp, type TestApp } from '../support/test-app';

/**
 * The authorization matrix: every query and mutation of the live schema and every HTTP route of
 * the running app, for each role (owner, therapist, researcher, anonymous) and each owner of the
 * object acted on (the caller's own, another therapist's in the same clinic, another clinic's),
 * is allowed or refused exactly as ACCESS_POLICY says. An operation without a policy entry fails
 * the suite. Allowed calls leak nothing out of the reach the policy grants, every allowed write
 * and every identifiable read leaves an audit event, and a refused write writes nothing.
 */

type Caller = Role | 'ANONYMOUS';
type Owner = 'own' | 'colleague' | 'foreign';

const CALLERS: readonly Caller[] = [Role.OWNER, Role.THERAPIST, Role.RESEARCHER, 'ANONYMOUS'];
const OWNERS: readonly Owner[] = ['own', 'colleague', 'foreign'];

/**
 * Operations the policy lists ahead of their code (unproven until they exist; the test prints
 * them). Empty: the export routes, listed first, now exist and are proven like the rest.
 */
const PLANNED = new Set<string>();


/** The ids an operation is aimed at, created fresh for each call so that calls do not interfere. */
interface TargetRefs {
  therapistId: string;
  patientId?: string;
  episodeId?: string;
  sessionId?: string;
  alertId?: string;
  userId?: string;
}

interface Probe {
  variables: Record<string, unknown>;
  /** Selection override for operations whose answer needs one (none today). */
}

/** Inputs of the operations whose arguments the generic filler cannot invent. */
const SAMPLES: Record<string, (refs: TargetRefs) => Probe> = {
  'Mutation.login': () => ({ variables: { input: { email: 'replaced@below.example', password: 'replaced below' } } }),
  'Mutation.createUser': () => ({
    variables: { input: { email: `new-${randomUUID().slice(0, 8)}@test.example`, displayName: 'New Colleague', role: 'THERAPIST', password: 'a long enough password' } },
  }),
  'Mutation.updateUser': (refs) => ({ variables: { input: { id: refs.userId, displayName: 'Renamed Colleague' } } }),
  'Query.patient': (refs) => ({ variables: { id: refs.patientId } }),
  'Mutation.createPatient': (refs) => ({
    variables: { input: { name: 'Zed Fresh', birthDate: '1980-02-03', sex: 'FEMALE', primaryTherapistId: refs.therapistId } },
  }),
  'Mutation.updatePatient': (refs) => ({ variables: { input: { id: refs.patientId, postalCode: '12345' } } }),
  'Query.episode': (refs) => ({ variables: { id: refs.episodeId } }),
  'Query.episodes': (refs) => ({ variables: { patientId: refs.patientId } }),
  'Mutation.openEpisode': (refs) => ({
    variables: {
      input: {
        patientId: refs.patientId,
        therapistId: refs.therapistId,
        condition: 'SCIATICA',
        suspectedCause: 'PIRIFORMIS',
        plannedFrequency: 'WEEKLY',
        startDate: '2026-01-05',
        symptomDurationWeeks: 4,
      },
    },
  }),
  'Mutation.updateEpisode': (refs) => ({ variables: { input: { id: refs.episodeId, symptomDurationWeeks: 6 } } }),
  'Mutation.dischargeEpisode': (refs) => ({ variables: { input: { id: refs.episodeId, endDate: '2026-02-01' } } }),
  'Mutation.markEpisodeDroppedOut': (refs) => ({ variables: { input: { id: refs.episodeId, endDate: '2026-02-01' } } }),
  'Mutation.recordSession': (refs) => ({
    variables: {
      input: { clientRequestId: randomUUID(), episodeId: refs.episodeId, sessionDate: '2026-01-12', painBefore: 6, techniques: ['DEEP_TISSUE'], minutes: 45 },
    },
  }),
  'Mutation.updateSession': (refs) => ({ variables: { input: { id: refs.sessionId, expectedVersion: 1, painBefore: 4 } } }),
  'Mutation.deleteSession': (refs) => ({ variables: { id: refs.sessionId } }),
  'Mutation.recordMedicationReport': (refs) => ({
    variables: { input: { episodeId: refs.episodeId, reportDate: '2026-01-12', opioids: [], nonOpioids: [] } },
  }),
  'Mutation.recordOdi': (refs) => ({
    variables: { input: { episodeId: refs.episodeId, measuredOn: '2026-01-12', answers: [1, 2, 3, 0, 1, 2, 3, 1, 0, 2] } },
  }),
  'Mutation.recordReferral': (refs) => ({
    variables: { input: { alertId: refs.alertId, referredOn: '2026-01-13', destination: 'PHYSICIAN', notes: 'Referred.' } },
  }),
};

/** The objects an HTTP route's path parameters name, created fresh for each call. */
interface RouteRefs {
  exportId?: string;
}

/**
 * Paths of the HTTP routes with path parameters, aimed at the object of the cell. A route with a
 * parameter and no sample fails the suite: a made-up id would prove only a 404.
 */
const ROUTE_SAMPLES: Record<string, (refs: RouteRefs) => string> = {
  'GET /exports/:exportId/manifest.json': (refs) => `/exports/${refs.exportId}/manifest.json`,
};

/** The HTTP status of an error code on the plain routes (DomainErrorFilter). */
const HTTP_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * How a refused call on another clinic's object is answered: it does not exist for the caller
 * (NOT_FOUND). Naming a therapist is a reference, not a lookup: a therapist may name only
 * themselves (FORBIDDEN), an owner only a therapist of the clinic (a field error).
 */
function foreignRefusal(target: PolicyTarget, reach: Reach): string {
  if (target !== 'therapist') return 'NOT_FOUND';
  return reach === 'caseload' ? 'FORBIDDEN' : 'BAD_USER_INPUT';
}

interface Operation {
  key: string;
  root: 'Query' | 'Mutation';
  field: GraphQLField<unknown, unknown>;
}

function schemaOperations(schema: GraphQLSchema): Operation[] {
  const operations: Operation[] = [];
  for (const [root, type] of [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) operations.push({ key: `${root}.${field.name}`, root, field });
  }
  return operations;
}

/** A selection of every field (to a depth), leaving out what a researcher may not select. */
function selectionOf(type: GraphQLNamedType, forResearcher: boolean, depth = 0): { text: string; identifiable: string[] } {
  if (!isObjectType(type) && !isInterfaceType(type)) return { text: '', identifiable: [] };
  const parts: string[] = [];
  const identifiable: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const isIdentifiable = IDENTIFIABLE_FIELDS[type.name]?.[field.name] !== undefined;
    if (forResearcher && (isIdentifiable || ROW_LEVEL_TYPES.has(type.name))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      parts.push(field.name);
      if (isIdentifiable) identifiable.push(field.name);
    } else if (depth < 3) {
      const inner = selectionOf(named, forResearcher, depth + 1);
      if (inner.text) {
        parts.push(`${field.name} ${inner.text}`);
        identifiable.push(...inner.identifiable);
      }
    }
  }
  return { text: parts.length ? `{ ${parts.join(' ')} }` : '', identifiable };
}

/** A value for an argument no sample names: absent when optional, the first enum value, an empty filter. */
function fillArgument(argument: GraphQLArgument): { ok: true; value?: unknown } | { ok: false } {
  if (!isNonNullType(argument.type) || argument.defaultValue !== undefined) return { ok: true };
  const named = getNamedType(argument.type);
  if (isEnumType(named)) return { ok: true, value: named.getValues()[0]?.value };
  if (isInputObjectType(named) && Object.values(named.getFields()).every((field) => !isNonNullType(field.type))) return { ok: true, value: {} };
  return { ok: false };
}

interface Call {
  document: string;
  variables: Record<string, unknown>;
  /** Names of the identifiable fields selected. */
  identifiable: string[];
}

function buildCall(operation: Operation, caller: Caller, refs: TargetRefs): Call {
  const sample = SAMPLES[operation.key]?.(refs).variables ?? {};
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const argumentsText: string[] = [];
  for (const argument of operation.field.args) {
    let value: unknown = sample[argument.name];
    if (value === undefined) {
      const filled = fillArgument(argument);
      if (!filled.ok) throw new Error(`${operation.key}: no probe for argument "${argument.name}"; add one to SAMPLES`);
      value = filled.value;
    }
    if (value === undefined) continue;
    variables[argument.name] = value;
    definitions.push(`$${argument.name}: ${String(argument.type)}`);
    argumentsText.push(`${argument.name}: $${argument.name}`);
  }
  const returned = getNamedType(operation.field.type);
  const selection = isLeafType(returned) ? { text: '', identifiable: [] } : selectionOf(returned, caller === Role.RESEARCHER);
  const keyword = operation.root === 'Query' ? 'query' : 'mutation';
  const head = definitions.length ? `${keyword} Probe(${definitions.join(', ')})` : `${keyword} Probe`;
  const call = argumentsText.length ? `${operation.field.name}(${argumentsText.join(', ')})` : operation.field.name;
  const selectionText = isLeafType(returned) ? '' : selection.text || '{ __typename }';
  return { document: `${head} { ${call} ${selectionText} }`, variables, identifiable: selection.identifiable };
}

/** The answer the policy requires of a call, as an error code, or null for success. */
function expectedOutcome(policy: OperationPolicy, caller: Caller, owner: Owner): string | null {
  if (policy.public) return null;
  if (caller === 'ANONYMOUS') return 'UNAUTHENTICATED';
  const reach: Reach | undefined = policy.access[caller];
  if (!reach) return 'FORBIDDEN';
  if (!policy.target) return null;
  if (owner === 'foreign') return foreignRefusal(policy.target, reach);
  if (owner === 'colleague' && reach === 'caseload') return 'FORBIDDEN';
  return null;
}

describe('the authorization matrix', () => {
  let testApp: TestApp;
  let schema: GraphQLSchema;
  let clinic: ClinicFixture;
  let other: ClinicFixture;
  const clients = new Map<Caller, GraphQLClient>();
  /** Ids no call of the caller may return, by how far they are from the caller. */
  const ids = { own: new Set<string>(), colleague: new Set<string>(), foreign: new Set<string>() };
  const baseline = { alerts: { own: '', colleague: '' } };

  const therapistOf = (owner: Owner): User => (owner === 'own' ? clinic.therapist : owner === 'colleague' ? clinic.otherTherapist : other.therapist);
  const track = (owner: Owner, ...values: (string | undefined)[]): void => {
    for (const value of values) if (value) ids[owner].add(value);
  };

  async function freshTarget(target: PolicyTarget | undefined, owner: Owner): Promise<TargetRefs> {
    const therapist = therapistOf(owner);
    const refs: TargetRefs = { therapistId: therapist.id };
    if (!target || target === 'therapist') return refs;
    const repository = testApp.dataSource;
    if (target === 'user') {
      const user = UserFactory.build(ClinicFactory.build({ id: therapist.clinicId }), { role: Role.THERAPIST, displayName: 'Fresh Colleague' });
      await repository.getRepository(User).insert(user);
      track(owner, user.id);
      return { ...refs, userId: user.id };
    }
    const patient = PatientFactory.build(therapist, { name: 'Zed Fresh' });
    await repository.getRepository(Patient).insert(patient);
    track(owner, patient.id);
    if (target === 'patient') return { ...refs, patientId: patient.id };
    const episode = EpisodeFactory.build(patient, therapist);
    await repository.getRepository(Episode).insert(episode);
    track(owner, episode.id);
    if (target === 'episode') return { ...refs, patientId: patient.id, episodeId: episode.id };
    const session = await insertSession(episode, therapist, target === 'alert');
    track(owner, session.sessionId, session.alertId);
    return { ...refs, patientId: patient.id, episodeId: episode.id, ...session };
  }

  async function insertSession(episode: Episode, therapist: User, withAlert: boolean): Promise<{ sessionId: string; alertId?: string }> {
    const now = new Date();
    const session = Object.assign(new TreatmentSession(), {
      clinicId: episode.clinicId,
      id: randomUUID(),
      episodeId: episode.id,
      therapistId: therapist.id,
      sessionDate: '2026-01-12',
      dayIndex: 7,
      painBefore: 6,
      painAfter: null,
      position: null,
      minutes: 45,
      notes: 'Baseline note.',
      clientRequestId: randomUUID(),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await testApp.dataSource.getRepository(TreatmentSession).insert(session);
    if (!withAlert) return { sessionId: session.id };
    await testApp.dataSource
      .getRepository(SessionRedFlag)
      .insert({ clinicId: episode.clinicId, sessionId: session.id, redFlag: RedFlag.PROGRESSIVE_WEAKNESS });
    const alert = { clinicId: episode.clinicId, id: randomUUID(), episodeId: episode.id, sessionId: session.id, raisedOn: '2026-01-12', createdAt: now, resolvedAt: null };
    await testApp.dataSource.getRepository(RedFlagAlert).insert(alert);
    return { sessionId: session.id, alertId: alert.id };
  }

  const userOf = (caller: Caller): User | null =>
    caller === Role.OWNER ? clinic.owner : caller === Role.THERAPIST ? clinic.therapist : caller === Role.RESEARCHER ? clinic.researcher : null;

  async function auditCount(actor: User | null): Promise<number> {
    if (!actor) return testApp.dataSource.getRepository(AuditEvent).count();
    return testApp.dataSource.getRepository(AuditEvent).countBy({ actorUserId: actor.id });
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    schema = testApp.app.get(GraphQLSchemaHost).schema;
    clinic = await createClinicFixture(testApp.dataSource, 'Matrix Clinic');
    other = await createClinicFixture(testApp.dataSource, 'Other Clinic');
    track('own', clinic.therapist.id, clinic.patient.id, clinic.episode.id);
    track('colleague', clinic.otherTherapist.id, clinic.otherPatient.id, clinic.otherEpisode.id);
    for (const user of [other.owner, other.therapist, other.otherTherapist, other.researcher]) track('foreign', user.id);
    track('foreign', other.clinic.id, other.patient.id, other.episode.id, other.otherPatient.id, other.otherEpisode.id);
    const own = await insertSession(clinic.episode, clinic.therapist, true);
    const colleague = await insertSession(clinic.otherEpisode, clinic.otherTherapist, true);
    const foreign = await insertSession(other.episode, other.therapist, true);
    track('own', own.sessionId, own.alertId);
    track('colleague', colleague.sessionId, colleague.alertId);
    track('foreign', foreign.sessionId, foreign.alertId);
    baseline.alerts = { own: own.alertId ?? '', colleague: colleague.alertId ?? '' };
    // Fixtures are inserted directly: build the analytics rollups the API keeps for every write.
    for (const clinicId of [clinic.clinic.id, other.clinic.id]) {
      await testApp.dataSource.transaction((manager) => refreshEpisodeRollups(manager, { clinicId }));
    }

    clients.set('ANONYMOUS', testApp.anonymous);
    clients.set(Role.OWNER, await testApp.login(clinic.owner.email, TEST_PASSWORD));
    clients.set(Role.THERAPIST, await testApp.login(clinic.therapist.email, TEST_PASSWORD));
    clients.set(Role.RESEARCHER, await testApp.login(clinic.researcher.email, TEST_PASSWORD));
  });
  afterAll(() => testApp.close());

  it('has a policy for every query and mutation of the live schema', () => {
    const missing = schemaOperations(schema)
      .map((operation) => operation.key)
      .filter((key) => ACCESS_POLICY[key] === undefined);

    expect(missing).toEqual([]);
  });

  it('has a policy for every HTTP route of the running app, and lists no route that is not there but the planned ones', () => {
    const live = liveRoutes(testApp);
    const listedRoutes = Object.keys(ACCESS_POLICY).filter((key) => /^[A-Z]+ \//.test(key));
    const listedOperations = Object.keys(ACCESS_POLICY).filter((key) => !/^[A-Z]+ \//.test(key));
    const schemaKeys = new Set(schemaOperations(schema).map((operation) => operation.key));

    expect(live.filter((key) => ACCESS_POLICY[key] === undefined)).toEqual([]);
    const unproven = [...listedRoutes.filter((key) => !live.includes(key)), ...listedOperations.filter((key) => !schemaKeys.has(key))];
    expect(unproven.filter((key) => !PLANNED.has(key))).toEqual([]);
    if (unproven.length > 0) console.warn(`Access policy unproven (not in the running app yet): ${unproven.join(', ')}`);
  });

  it('agrees with the @Roles and @Public decorators of every resolver', () => {
    const declared = resolverDeclarations(testApp);
    const disagreements: string[] = [];
    for (const [key, { roles, isPublic }] of declared) {
      const policy = ACCESS_POLICY[key];
      if (!policy) continue; // reported by the first test
      if (Boolean(policy.public) !== isPublic || (!isPublic && rolesOf(policy).join() !== [...roles].sort().join())) {
        disagreements.push(`${key}: decorators say ${isPublic ? 'public' : roles.join('|')}, policy says ${policy.public ? 'public' : rolesOf(policy).join('|')}`);
      }
    }

    expect(declared.size).toBe(schemaOperations(schema).length);
    expect(disagreements).toEqual([]);
  });

  it('allows and refuses every operation exactly as the policy says, for each role and each owner of the object', async () => {
    const failures: string[] = [];
    let cells = 0;
    for (const operation of schemaOperations(schema)) {
      const policy = ACCESS_POLICY[operation.key];
      if (!policy) continue;
      for (const caller of CALLERS) {
        for (const owner of policy.target ? OWNERS : (['own'] as const)) {
          cells += 1;
          const failure = await checkCell(operation, policy, caller, owner);
          if (failure) failures.push(failure);
        }
      }
    }

    expect(failures).toEqual([]);
    expect(cells).toBeGreaterThan(100);
  });

  async function checkCell(operation: Operation, policy: OperationPolicy, caller: Caller, owner: Owner): Promise<string | null> {
    const label = `${operation.key} as ${caller} on ${owner} object`;
    const refs = await freshTarget(policy.target, owner);
    let call = buildCall(operation, caller, refs);
    let client = clients.get(caller) as GraphQLClient;
    let actor = userOf(caller);
    if (operation.key === 'Mutation.login') {
      call = { ...call, variables: { input: { email: clinic.therapist.email, password: TEST_PASSWORD } } };
      actor = clinic.therapist;
    }
    if (operation.key === 'Mutation.logout' && caller !== 'ANONYMOUS' && actor) {
      client = await testApp.login(actor.email, TEST_PASSWORD); // its own session, ended by the call
    }
    const expected = expectedOutcome(policy, caller, owner);
    const countsBefore = await rowCounts(testApp.dataSource);
    const auditBefore = await auditCount(actor);

    const response: GraphQLResponse<Record<string, unknown>> = await client.send(call.document, call.variables);
    const code = response.errors?.[0]?.extensions?.code;

    if (expected !== null) {
      if (code !== expected) return `${label}: expected ${expected}, got ${code ?? 'success'} ${JSON.stringify(response.errors ?? response.data).slice(0, 300)}`;
      if (response.data && Object.values(response.data).some((value) => value !== null)) return `${label}: refused but returned data`;
      const countsAfter = await rowCounts(testApp.dataSource);
      if (JSON.stringify(countsAfter) !== JSON.stringify(countsBefore)) return `${label}: refused but wrote ${JSON.stringify(countsAfter)} (was ${JSON.stringify(countsBefore)})`;
      return null;
    }

    if (response.errors?.length || !response.data) return `${label}: expected success, got ${JSON.stringify(response.errors).slice(0, 300)}`;
    const text = JSON.stringify(response.data);
    const reach = caller === 'ANONYMOUS' ? undefined : policy.access[caller];
    const forbidden = [...ids.foreign, ...(reach === 'caseload' || reach === 'self' ? ids.colleague : []), ...(reach === 'anonymized' ? [...ids.own, ...ids.colleague] : [])];
    const leaked = forbidden.filter((id) => text.includes(id));
    if (leaked.length) return `${label}: leaked ids beyond its reach (${reach}): ${leaked.join(', ')}`;

    if (policy.lists && reach === 'clinic') {
      const expectedIds = listedIds(policy.lists);
      const absent = expectedIds.filter((id) => !text.includes(id));
      if (absent.length) return `${label}: the clinic-wide list lacks ${absent.join(', ')}`;
    }
    if (policy.lists && reach === 'caseload') {
      const ownIds = listedIds(policy.lists, 'own');
      const absent = ownIds.filter((id) => !text.includes(id));
      if (absent.length) return `${label}: the caseload list lacks its own ${absent.join(', ')}`;
    }

    const audited = (await auditCount(actor)) > auditBefore;
    if (operation.root === 'Mutation' && !audited) return `${label}: a write without an audit event`;
    const identifiableSent = call.identifiable.some((name) => new RegExp(`"${name}":"`).test(text));
    if (operation.root === 'Query' && identifiableSent && operation.field.name !== OWN_LOGIN_ROOT_FIELD && !audited) {
      return `${label}: a read of identifiable data without an audit event`;
    }
    return null;
  }

  function listedIds(listing: NonNullable<OperationPolicy['lists']>, only?: 'own'): string[] {
    switch (listing) {
      case 'patient':
        return only ? [clinic.patient.id] : [clinic.patient.id, clinic.otherPatient.id];
      case 'episode':
        return only ? [clinic.episode.id] : [clinic.episode.id, clinic.otherEpisode.id];
      case 'alert':
        return only ? [baseline.alerts.own] : [baseline.alerts.own, baseline.alerts.colleague];
      case 'user':
        return [clinic.therapist.id, clinic.otherTherapist.id];
      case 'audit-event':
        return [];
    }
  }

  /**
   * An export of the caller's clinic ('own': made by the caller where it may export, else by the
   * clinic's researcher; 'colleague': made by another user of the clinic) or of the other clinic.
   */
  async function freshExport(caller: Caller, owner: Owner): Promise<string> {
    const exportsService = testApp.app.get(ExportsService);
    const maker =
      owner === 'foreign'
        ? other.researcher
        : owner === 'own'
          ? caller === Role.OWNER
            ? clinic.owner
            : clinic.researcher
          : caller === Role.OWNER
            ? clinic.researcher
            : clinic.owner;
    const run = await exportsService.create({ clinicId: maker.clinicId, userId: maker.id, role: maker.role, via: 'http' }, {});
    if (owner === 'foreign') track('foreign', run.id);
    return run.id;
  }

  async function routePath(key: string, policy: OperationPolicy, caller: Caller, owner: Owner): Promise<string> {
    const path = key.slice(key.indexOf(' ') + 1);
    if (!path.includes('/:')) return path;
    const sample = ROUTE_SAMPLES[key];
    if (!sample) throw new Error(`${key}: no probe for its path parameters; add one to ROUTE_SAMPLES`);
    if (policy.target !== 'export') throw new Error(`${key}: no fresh object for the target ${policy.target ?? '(none)'}`);
    return sample({ exportId: await freshExport(caller, owner) });
  }

  it('answers every HTTP route exactly as the policy says, for each role and each owner of the object', async () => {
    const live = liveRoutes(testApp);
    const failures: string[] = [];
    const proven = new Set<string>();
    for (const [key, policy] of Object.entries(ACCESS_POLICY)) {
      if (!/^GET \//.test(key)) continue;
      if (!live.includes(key)) {
        // Planned (see the test above): unproven until the route exists.
        continue;
      }
      for (const caller of CALLERS) {
        for (const owner of policy.target ? OWNERS : (['own'] as const)) {
          const label = `${key} as ${caller} on ${owner} object`;
          const path = await routePath(key, policy, caller, owner);
          const client = clients.get(caller) as GraphQLClient;
          const countsBefore = await rowCounts(testApp.dataSource);
          const call = request(testApp.server).get(path);
          if (client.cookie) call.set('Cookie', client.cookie);
          const response = await call;
          proven.add(key);
          const expected = expectedOutcome(policy, caller, owner);
          const status = expected === null ? 200 : HTTP_STATUS[expected];
          if (response.status !== status) {
            failures.push(`${label}: expected ${status}, got ${response.status} ${response.text.slice(0, 200)}`);
            continue;
          }
          if (expected !== null) {
            // Refused: an error and nothing else, and nothing written anywhere.
            if (JSON.stringify(Object.keys(response.body as object)) !== '["error"]') failures.push(`${label}: refused but returned ${response.text.slice(0, 200)}`);
            const countsAfter = await rowCounts(testApp.dataSource);
            if (JSON.stringify(countsAfter) !== JSON.stringify(countsBefore)) failures.push(`${label}: refused but wrote ${JSON.stringify(countsAfter)} (was ${JSON.stringify(countsBefore)})`);
            continue;
          }
          // An anonymized answer (a research export, its codebook or manifest) carries no real id, name or email of anyone.
          if (caller !== 'ANONYMOUS' && policy.access[caller] === 'anonymized') {
            const identifiers = [...ids.own, ...ids.colleague, ...ids.foreign, ...[clinic.patient, clinic.otherPatient].map((patient) => patient.name)];
            identifiers.push(...[clinic.owner, clinic.therapist, clinic.otherTherapist, clinic.researcher].flatMap((user) => [user.email, user.displayName]));
            const leaked = identifiers.filter((identifier) => response.text.includes(identifier));
            if (leaked.length) failures.push(`${label}: identifiers in an anonymized answer: ${leaked.join(', ')}`);
          }
        }
      }
    }

    expect(failures).toEqual([]);
    expect([...proven]).toEqual(expect.arrayContaining(['GET /exports/sessions.csv', 'GET /exports/codebook.json', 'GET /exports/:exportId/manifest.json']));
  });

  describe('identifiable fields, field by field', () => {
    it('knows every field of the schema that looks identifiable', () => {
      const unclassified: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith('__')) continue;
        for (const field of Object.keys(type.getFields())) {
          const key = `${type.name}.${field}`;
          if (LOOKS_IDENTIFIABLE.test(field) && !IDENTIFIABLE_FIELDS[type.name]?.[field] && !NOT_IDENTIFIABLE.has(key)) unclassified.push(key);
        }
      }

      expect(unclassified).toEqual([]);
    });

    it('refuses a researcher every identifiable field reachable in the schema, before anything runs', async () => {
      const researcher = clients.get(Role.RESEARCHER) as GraphQLClient;
      const checked: string[] = [];
      const failures: string[] = [];
      for (const [typeName, fields] of Object.entries(IDENTIFIABLE_FIELDS)) {
        if (!schema.getType(typeName)) continue;
        for (const fieldName of Object.keys(fields)) {
          const document = documentReaching(schema, typeName, fieldName);
          if (!document) {
            failures.push(`${typeName}.${fieldName}: no path from the root`);
            continue;
          }
          const auditBefore = await auditCount(clinic.researcher);
          const response = await researcher.send(document.text, document.variables);
          checked.push(`${typeName}.${fieldName}`);
          const error = response.errors?.[0];
          if (error?.extensions?.code !== 'FORBIDDEN' || (error.extensions as { field?: string }).field !== `${typeName}.${fieldName}`) {
            failures.push(`${typeName}.${fieldName} via ${document.text}: ${JSON.stringify(response).slice(0, 300)}`);
          }
          if (response.data) failures.push(`${typeName}.${fieldName}: data returned to a researcher`);
          if ((await auditCount(clinic.researcher)) !== auditBefore) failures.push(`${typeName}.${fieldName}: something ran (an audit event was written)`);
        }
      }

      expect(failures).toEqual([]);
      expect(checked).toEqual(expect.arrayContaining(['Patient.name', 'Patient.birthDate', 'Patient.postalCode', 'TreatmentSession.notes', 'Referral.notes', 'User.email']));
    });

    it('refuses the field itself at run time, whatever operation resolved its parent', () => {
      const patientType = schema.getType('Patient') as GraphQLObjectType;
      const resolve = patientType.getFields()['name']?.resolve as GraphQLFieldResolver<unknown, unknown>;
      const asUser = (user: User): { req: { user: AuthUser } } => ({
        req: { user: { userId: user.id, clinicId: user.clinicId, role: user.role, displayName: user.displayName, email: user.email, sessionTokenHash: 'x' } },
      });
      const info = {} as GraphQLResolveInfo;

      expect(() => resolve(clinic.patient, {}, asUser(clinic.researcher), info)).toThrow(/researcher cannot read Patient\.name/);
      expect(resolve(clinic.patient, {}, asUser(clinic.owner), info)).toBe('Pat Patient');
    });

    it('lets a researcher read their own login, and only that', async () => {
      const researcher = clients.get(Role.RESEARCHER) as GraphQLClient;

      await expect(researcher.data('{ me { id email displayName } }')).resolves.toEqual({
        me: { id: clinic.researcher.id, email: clinic.researcher.email, displayName: 'Rae Researcher' },
      });
      await expect(researcher.errorCode('{ users { email } }')).resolves.toBe('FORBIDDEN');
    });
  });
});

/** "GET /path" of every route Express serves (Nest controllers), GraphQL's endpoint aside. */
function liveRoutes(testApp: TestApp): string[] {
  const express = testApp.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
  const keys: string[] = [];
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    // Middleware mounted on every path ("{/*splat}") is not a route.
    if (/[*{]/.test(layer.route.path)) continue;
    for (const [method, enabled] of Object.entries(layer.route.methods)) {
      if (enabled && method !== '_all') keys.push(routeKey(method, layer.route.path));
    }
  }
  return [...new Set(keys)].filter((key) => !key.endsWith(' /graphql'));
}

/** The @Roles / @Public of every @Query and @Mutation method, by policy key. */
function resolverDeclarations(testApp: TestApp): Map<string, { roles: Role[]; isPublic: boolean }> {
  const declarations = new Map<string, { roles: Role[]; isPublic: boolean }>();
  for (const module of testApp.app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
        if (typeof method !== 'function') continue;
        const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
        if (rootType !== 'Query' && rootType !== 'Mutation') continue;
        const schemaName = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? name;
        declarations.set(`${rootType}.${schemaName}`, {
          roles: (Reflect.getMetadata(ROLES_KEY, method) as Role[] | undefined) ?? [],
          isPublic: Reflect.getMetadata(PUBLIC_KEY, method) === true,
        });
      }
    }
  }
  return declarations;
}

/**
 * A document that selects one field of a type, reached from a root (queries first, then
 * mutations) by the shortest path that does not pass through the caller's own login. Arguments
 * get placeholder values: the field check refuses before any variable is read.
 */
function documentReaching(schema: GraphQLSchema, typeName: string, fieldName: string): { text: string; variables: Record<string, unknown> } | null {
  for (const [keyword, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!root) continue;
    interface Step {
      type: GraphQLObjectType;
      path: GraphQLField<unknown, unknown>[];
    }
    const queue: Step[] = [{ type: root, path: [] }];
    const seen = new Set<string>([root.name]);
    while (queue.length) {
      const step = queue.shift() as Step;
      if (step.type.name === typeName) return renderPath(keyword, step.path, fieldName);
      for (const field of Object.values(step.type.getFields())) {
        if (step.path.length === 0 && field.name === OWN_LOGIN_ROOT_FIELD) continue;
        const named = getNamedType(field.type);
        if (!isObjectType(named) || seen.has(named.name)) continue;
        seen.add(named.name);
        queue.push({ type: named, path: [...step.path, field] });
      }
    }
  }
  return null;
}

function renderPath(
  keyword: 'query' | 'mutation',
  path: GraphQLField<unknown, unknown>[],
  fieldName: string,
): { text: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  let body = fieldName;
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const field = path[index] as GraphQLField<unknown, unknown>;
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)
      .map((arg) => {
        const variable = `v${index}_${arg.name}`;
        variables[variable] = getNamedType(arg.type).name === 'ID' ? randomUUID() : {};
        definitions.push(`$${variable}: ${String(arg.type)}`);
        return `${arg.name}: $${variable}`;
      });
    body = `${field.name}${args.length ? `(${args.join(', ')})` : ''} { ${body} }`;
  }
  return { text: `${keyword} Reach${definitions.length ? `(${definitions.join(', ')})` : ''} { ${body} }`, variables };
}
