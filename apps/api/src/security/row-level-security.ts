/**
 * PostgreSQL row-level security: the second wall behind the scoped queries. Every table with a
 * clinic_id admits only the rows of the clinic that the current transaction names with
 * set_config('app.clinic_id', …, true), for every role but superusers (FORCE applies it to the
 * tables' owner too). The API's tenant transactions run as APP_DATABASE_ROLE, a role that owns no
 * table and cannot bypass row-level security.
 *
 * Migrations depend on this file: it only ever grows; existing statements never change.
 */

/** The role every tenant transaction switches to (SET LOCAL ROLE). */
export const APP_DATABASE_ROLE = 'outcomes_app';

/** The clinic of the current transaction, or NULL when none is set ('' after a reset). */
export const CURRENT_CLINIC_SQL = `NULLIF(current_setting('app.clinic_id', true), '')::uuid`;

export const TENANT_POLICY = 'tenant_isolation';
/** app_user and user_session: readable before a clinic is known (login by email, session by token). */
export const LOGIN_LOOKUP_POLICY = 'login_lookup';
/** audit_event: a transaction without a clinic may append anonymous login events only. */
export const ANONYMOUS_LOGIN_AUDIT_POLICY = 'anonymous_login_audit';

/** Tables readable without a clinic, for the login and session lookups. */
export const LOGIN_LOOKUP_TABLES: readonly string[] = ['app_user', 'user_session'];

/** Append-only for the application: the audit trail is never rewritten by a request. */
export const APPEND_ONLY_TABLES: readonly string[] = ['audit_event'];

const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Creates the application role once per cluster; safe when several databases migrate at once. */
export function createAppRoleSql(): string[] {
  return [
    `DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_DATABASE_ROLE}') THEN
        BEGIN
          CREATE ROLE ${APP_DATABASE_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
          NULL; -- another database's migration created it at the same moment
        END;
      END IF;
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_DATABASE_ROLE}' AND (rolsuper OR rolbypassrls)) THEN
        RAISE EXCEPTION 'role ${APP_DATABASE_ROLE} must not be a superuser or bypass row-level security';
      END IF;
      -- A connection role that is not a superuser needs membership to SET ROLE.
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
         AND NOT pg_has_role(current_user, '${APP_DATABASE_ROLE}', 'MEMBER') THEN
        EXECUTE format('GRANT ${APP_DATABASE_ROLE} TO %I', current_user);
      END IF;
    END $$`,
  ];
}

/** Grants for the application role: rows only, never ownership or DDL. */
export function grantAppRoleSql(clinicTables: readonly string[]): string[] {
  const statements = [`GRANT USAGE ON SCHEMA public TO ${APP_DATABASE_ROLE}`, `GRANT SELECT ON clinic TO ${APP_DATABASE_ROLE}`];
  for (const table of clinicTables) {
    const privileges = APPEND_ONLY_TABLES.includes(table) ? 'SELECT, INSERT' : 'SELECT, INSERT, UPDATE, DELETE';
    statements.push(`GRANT ${privileges} ON ${quoteIdentifier(table)} TO ${APP_DATABASE_ROLE}`);
  }
  // Tables added by later migrations get row privileges too (their row-level security is theirs to enable).
  statements.push(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_DATABASE_ROLE}`);
  return statements;
}

/** Row-level security on one table with a clinic_id column: enabled, forced, one policy per rule. */
export function enableTenantRowLevelSecuritySql(table: string): string[] {
  const name = quoteIdentifier(table);
  const statements = [
    `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${name} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${TENANT_POLICY} ON ${name} USING (clinic_id = ${CURRENT_CLINIC_SQL}) WITH CHECK (clinic_id = ${CURRENT_CLINIC_SQL})`,
  ];
  if (LOGIN_LOOKUP_TABLES.includes(table)) {
    statements.push(`CREATE POLICY ${LOGIN_LOOKUP_POLICY} ON ${name} FOR SELECT USING (${CURRENT_CLINIC_SQL} IS NULL)`);
  }
  if (table === 'audit_event') {
    statements.push(
      `CREATE POLICY ${ANONYMOUS_LOGIN_AUDIT_POLICY} ON ${name} FOR INSERT WITH CHECK (` +
        `${CURRENT_CLINIC_SQL} IS NULL AND actor_user_id IS NULL AND action LIKE 'login.%')`,
    );
  }
  return statements;
}

export function disableTenantRowLevelSecuritySql(table: string): string[] {
  const name = quoteIdentifier(table);
  return [
    ...[TENANT_POLICY, LOGIN_LOOKUP_POLICY, ANONYMOUS_LOGIN_AUDIT_POLICY].map((policy) => `DROP POLICY IF EXISTS ${policy} ON ${name}`),
    `ALTER TABLE ${name} NO FORCE ROW LEVEL SECURITY`,
    `ALTER TABLE ${name} DISABLE ROW LEVEL SECURITY`,
  ];
}

export function revokeAppRoleSql(): string[] {
  return [
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_DATABASE_ROLE}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_DATABASE_ROLE}`,
    `REVOKE USAGE ON SCHEMA public FROM ${APP_DATABASE_ROLE}`,
  ];
}

/** Tables of the current schema with a clinic_id column (PostgreSQL). */
export const CLINIC_TABLES_SQL = `SELECT c.table_name AS table_name FROM information_schema.columns c
  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
  WHERE c.table_schema = current_schema() AND c.column_name = 'clinic_id' AND t.table_type = 'BASE TABLE'
  ORDER BY c.table_name`;
