import { randomUUID } from 'node:crypto';
import { AuditEvent, NO_CLINIC_ID } from '../../src/audit/audit-event.entity';
import { dialectOf } from '../../src/database/dialect';
import { TenantTransactions } from '../../src/database/tenant-transactions';
import { Patient } from '../../src/patients/patient.entity';
import { APP_DATABASE_ROLE, CLINIC_TABLES_SQL, TENANT_POLICY } from '../../src/security/row-level-security';
import { User } from '../../src/users/user.entity';
import { createClinicFixture, type ClinicFixture, PatientFactory } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The second wall: PostgreSQL row-level security. The first wall (scoped queries) is proven by
 * the authorization matrix; here, queries that forget their clinic filter on purpose still see
 * and touch one clinic only, because every tenant transaction runs as a role that owns no table
 * and cannot bypass the policies. SQLite has no roles or policies: there the scoped queries are
 * the only wall, and the migration is a recorded no-op.
 */
const onPostgres = dialectOf(process.env['DATABASE_URL']) === 'postgres';

describe('row-level security', () => {
  let testApp: TestApp;
  let transactions: TenantTransactions;
  let clinic: ClinicFixture;
  let other: ClinicFixture;

  beforeAll(async () => {
    testApp = await startTestApp();
    transactions = testApp.app.get(TenantTransactions);
    clinic = await createClinicFixture(testApp.dataSource, 'Clinic A');
    other = await createClinicFixture(testApp.dataSource, 'Clinic B');
  });
  afterAll(() => testApp.close());

  if (!onPostgres) {
    it('is a recorded no-op on SQLite, which has no roles or policies', async () => {
      const applied = (await testApp.dataSource.query('SELECT name FROM migrations')) as { name: string }[];

      expect(applied.map((row) => row.name)).toContain('RowLevelSecurity1763856000000');
    });
    return;
  }

  it('enables and forces a tenant policy on every table with a clinic_id', async () => {
    const tables = ((await testApp.dataSource.query(CLINIC_TABLES_SQL)) as { table_name: string }[]).map((row) => row.table_name);
    const secured = (await testApp.dataSource.query(
      `SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relrowsecurity AND c.relforcerowsecurity
         AND EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname AND p.policyname = $1)`,
      [TENANT_POLICY],
    )) as { table_name: string }[];

    expect(tables).toEqual(expect.arrayContaining(['patient', 'episode', 'treatment_session', 'audit_event', 'app_user', 'episode_outcome']));
    expect(secured.map((row) => row.table_name).sort()).toEqual([...tables].sort());
  });

  it('runs tenant transactions as a role that owns no table, cannot bypass row-level security and cannot rewrite the audit trail', async () => {
    const [role] = (await testApp.dataSource.query(
      `SELECT rolsuper, rolbypassrls, rolcanlogin,
         (SELECT COUNT(*) FROM pg_tables WHERE tableowner = rolname) AS owned,
         has_table_privilege(rolname, 'audit_event', 'DELETE') AS can_delete_audit,
         has_table_privilege(rolname, 'audit_event', 'UPDATE') AS can_update_audit,
         has_table_privilege(rolname, 'patient', 'SELECT') AS can_read_patients
       FROM pg_roles WHERE rolname = $1`,
      [APP_DATABASE_ROLE],
    )) as Record<string, unknown>[];
    const inside = await transactions.run(clinic.clinic.id, (manager) =>
      manager.query(`SELECT current_user AS role, current_setting('app.clinic_id', true) AS clinic`),
    );

    expect(role).toMatchObject({ rolsuper: false, rolbypassrls: false, can_delete_audit: false, can_update_audit: false, can_read_patients: true });
    expect(Number(role?.['owned'])).toBe(0);
    expect(inside).toEqual([{ role: APP_DATABASE_ROLE, clinic: clinic.clinic.id }]);
  });

  it('returns nothing of another clinic to a query that forgot its clinic filter', async () => {
    const seen = await transactions.run(clinic.clinic.id, async (manager) => ({
      patients: (await manager.query('SELECT clinic_id, name FROM patient')) as { clinic_id: string }[],
      viaEntity: await manager.find(Patient),
      users: await manager.find(User),
      byId: await manager.findOneBy(Patient, { id: other.patient.id }),
    }));

    expect(seen.patients.length).toBe(2);
    expect(new Set(seen.patients.map((row) => row.clinic_id))).toEqual(new Set([clinic.clinic.id]));
    expect(seen.viaEntity.map((patient) => patient.id).sort()).toEqual([clinic.patient.id, clinic.otherPatient.id].sort());
    expect(seen.users.every((user) => user.clinicId === clinic.clinic.id)).toBe(true);
    expect(seen.users).toHaveLength(4);
    expect(seen.byId).toBeNull();
  });

  it('sees one clinic in every table with a clinic_id', async () => {
    const tables = ((await testApp.dataSource.query(CLINIC_TABLES_SQL)) as { table_name: string }[]).map((row) => row.table_name);
    const foreignRows = await transactions.run(clinic.clinic.id, async (manager) => {
      let count = 0;
      for (const table of tables) {
        const [row] = (await manager.query(`SELECT COUNT(*) AS n FROM ${manager.connection.driver.escape(table)} WHERE clinic_id <> $1`, [clinic.clinic.id])) as { n: string }[];
        count += Number(row?.n);
      }
      return count;
    });
    const [allRows] = (await testApp.dataSource.query(`SELECT COUNT(*) AS n FROM patient WHERE clinic_id = $1`, [other.clinic.id])) as { n: string }[];

    expect(Number(allRows?.n)).toBe(2); // the rows exist...
    expect(foreignRows).toBe(0); // ...and no tenant transaction of another clinic sees them
  });

  it('refuses to write, change or delete another clinic’s rows', async () => {
    const intruder = PatientFactory.build(other.therapist, { name: 'Planted Patient' });

    await expect(transactions.run(clinic.clinic.id, (manager) => manager.insert(Patient, intruder))).rejects.toThrow(/row-level security/);
    const changed = await transactions.run(clinic.clinic.id, (manager) =>
      manager.query(`UPDATE patient SET name = 'Renamed' WHERE id = $1 RETURNING id`, [other.patient.id]),
    );
    const deleted = await transactions.run(clinic.clinic.id, (manager) =>
      manager.query(`DELETE FROM app_user WHERE clinic_id = $1 RETURNING id`, [other.clinic.id]),
    );
    const [stored] = (await testApp.dataSource.query('SELECT name FROM patient WHERE id = $1', [other.patient.id])) as { name: string }[];
    const [users] = (await testApp.dataSource.query('SELECT COUNT(*) AS n FROM app_user WHERE clinic_id = $1', [other.clinic.id])) as { n: string }[];

    expect(changed).toEqual([[], 0]);
    expect(deleted).toEqual([[], 0]);
    expect(stored?.name).toBe(other.patient.name);
    expect(Number(users?.n)).toBe(4);
  });

  it('lets a transaction without a clinic look up logins, and nothing clinical', async () => {
    const unscoped = await transactions.runUnscoped(async (manager) => ({
      patients: await manager.count(Patient),
      login: await manager.findOneBy(User, { email: other.owner.email }),
    }));

    expect(unscoped.patients).toBe(0);
    expect(unscoped.login?.id).toBe(other.owner.id);
  });

  it('lets a transaction without a clinic append an anonymous login event, and no other audit event', async () => {
    const event = (action: string): AuditEvent =>
      Object.assign(new AuditEvent(), {
        clinicId: NO_CLINIC_ID,
        id: randomUUID(),
        actorUserId: null,
        actorRole: null,
        action,
        objectType: null,
        objectId: null,
        occurredAt: new Date(),
        detail: null,
      });
    const insert = (row: AuditEvent): Promise<unknown> =>
      transactions.runUnscoped((manager) => manager.getRepository(AuditEvent).createQueryBuilder().insert().values(row as object).execute());

    await expect(insert(event('login.failure'))).resolves.toBeDefined();
    await expect(insert(event('patient.read'))).rejects.toThrow(/row-level security/);
  });

  it('makes the audit trail append-only for requests', async () => {
    await expect(
      transactions.run(clinic.clinic.id, (manager) => manager.query('DELETE FROM audit_event WHERE clinic_id = $1', [clinic.clinic.id])),
    ).rejects.toThrow(/permission denied/);
  });
});
