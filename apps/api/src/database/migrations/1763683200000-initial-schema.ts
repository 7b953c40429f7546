import { type MigrationInterface, type QueryRunner, Table, TableCheck, TableIndex } from 'typeorm';
import { dialectOfDriver } from '../dialect';
import { columnsFor, fk } from './table-columns';

/**
 * The clinical schema. One migration for both engines: columns are declared through TypeORM's
 * Table API with each engine's native types (uuid/timestamptz on PostgreSQL, varchar/datetime on
 * SQLite). Every clinical table's primary key starts with clinic_id, and every foreign key
 * carries it, so the schema distributes by clinic on Citus.
 */
export class InitialSchema1763683200000 implements MigrationInterface {
  name = 'InitialSchema1763683200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(dialectOfDriver(queryRunner.connection.options.type));

    await queryRunner.createTable(
      new Table({
        name: 'clinic',
        columns: [c.uuid('id', { isPrimary: true }), c.text('name', 200), c.text('timezone', 64), c.timestamp('created_at')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.text('email', 320),
          c.text('display_name', 200),
          c.code('role'),
          c.text('password_hash', 255),
          { name: 'active', type: 'boolean' },
          c.timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'UQ_app_user_email', columnNames: ['email'], isUnique: true })],
        foreignKeys: [fk('FK_app_user_clinic', ['clinic_id'], 'clinic', ['id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_session',
        columns: [
          c.text('token_hash', 64, { isPrimary: true }),
          c.uuid('clinic_id'),
          c.uuid('user_id'),
          c.timestamp('created_at'),
          c.timestamp('expires_at'),
          c.timestamp('revoked_at', { isNullable: true }),
        ],
        indices: [new TableIndex({ name: 'IDX_user_session_user', columnNames: ['clinic_id', 'user_id'] })],
        foreignKeys: [fk('FK_user_session_user', ['clinic_id', 'user_id'], 'app_user', ['clinic_id', 'id'], 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'patient',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.uuid('primary_therapist_id'),
          c.text('name', 200),
          c.date('birth_date'),
          c.code('sex'),
          c.text('postal_code', 16, { isNullable: true }),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_patient_name', columnNames: ['clinic_id', 'name'] }),
          new TableIndex({ name: 'IDX_patient_therapist', columnNames: ['clinic_id', 'primary_therapist_id'] }),
        ],
        foreignKeys: [
          fk('FK_patient_clinic', ['clinic_id'], 'clinic', ['id']),
          fk('FK_patient_therapist', ['clinic_id', 'primary_therapist_id'], 'app_user', ['clinic_id', 'id']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'episode',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.uuid('patient_id'),
          c.uuid('therapist_id'),
          c.code('condition'),
          c.code('suspected_cause'),
          c.code('planned_frequency'),
          c.date('start_date'),
          c.integer('symptom_duration_weeks'),
          c.code('status'),
          c.date('end_date', { isNullable: true }),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_episode_patient', columnNames: ['clinic_id', 'patient_id'] }),
          new TableIndex({ name: 'IDX_episode_therapist', columnNames: ['clinic_id', 'therapist_id'] }),
        ],
        foreignKeys: [
          fk('FK_episode_patient', ['clinic_id', 'patient_id'], 'patient', ['clinic_id', 'id']),
          fk('FK_episode_therapist', ['clinic_id', 'therapist_id'], 'app_user', ['clinic_id', 'id']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'treatment_session',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.uuid('episode_id'),
          c.uuid('therapist_id'),
          c.date('session_date'),
          c.integer('day_index'),
          c.integer('pain_before'),
          c.integer('pain_after', { isNullable: true }),
          c.code('position', { isNullable: true }),
          c.integer('minutes'),
          { name: 'notes', type: 'text', isNullable: true },
          c.text('client_request_id', 64),
          c.integer('version'),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_treatment_session_client_request',
            columnNames: ['clinic_id', 'client_request_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_treatment_session_episode', columnNames: ['clinic_id', 'episode_id', 'session_date'] }),
        ],
        checks: [
          new TableCheck({ name: 'CHK_treatment_session_pain_before', expression: 'pain_before >= 0 AND pain_before <= 10' }),
          new TableCheck({
            name: 'CHK_treatment_session_pain_after',
            expression: 'pain_after IS NULL OR (pain_after >= 0 AND pain_after <= 10)',
          }),
        ],
        foreignKeys: [
          fk('FK_treatment_session_episode', ['clinic_id', 'episode_id'], 'episode', ['clinic_id', 'id']),
          fk('FK_treatment_session_therapist', ['clinic_id', 'therapist_id'], 'app_user', ['clinic_id', 'id']),
        ],
      }),
    );
    for (const [table, codeColumn] of [
      ['session_technique', 'technique'],
      ['session_region', 'region'],
      ['session_red_flag', 'red_flag'],
    ] as const) {
      await queryRunner.createTable(
        new Table({
          name: table,
          columns: [
            c.uuid('clinic_id', { isPrimary: true }),
            c.uuid('session_id', { isPrimary: true }),
            c.code(codeColumn, { isPrimary: true }),
          ],
          indices:
            table === 'session_technique'
              ? [new TableIndex({ name: 'IDX_session_technique_technique', columnNames: ['clinic_id', 'technique'] })]
              : [],
          foreignKeys: [
            fk(`FK_${table}_session`, ['clinic_id', 'session_id'], 'treatment_session', ['clinic_id', 'id'], 'CASCADE'),
          ],
        }),
      );
    }
    await queryRunner.createTable(
      new Table({
        name: 'medication_report',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.uuid('episode_id'),
          c.date('report_date'),
          c.integer('day_index'),
          c.float('daily_mme'),
          c.code('factor_table'),
          c.timestamp('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_medication_report_date',
            columnNames: ['clinic_id', 'episode_id', 'report_date'],
            isUnique: true,
          }),
        ],
        foreignKeys: [fk('FK_medication_report_episode', ['clinic_id', 'episode_id'], 'episode', ['clinic_id', 'id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'medication_item',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('report_id', { isPrimary: true }),
          c.code('drug', { isPrimary: true }),
          c.float('strength'),
          c.float('doses_per_day'),
          c.float('daily_dose'),
          c.float('daily_mme'),
        ],
        foreignKeys: [
          fk('FK_medication_item_report', ['clinic_id', 'report_id'], 'medication_report', ['clinic_id', 'id'], 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'non_opioid_use',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('report_id', { isPrimary: true }),
          c.code('drug_class', { isPrimary: true }),
          c.float('doses_per_week'),
        ],
        foreignKeys: [
          fk('FK_non_opioid_use_report', ['clinic_id', 'report_id'], 'medication_report', ['clinic_id', 'id'], 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outcome_measure',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.uuid('episode_id'),
          c.code('instrument'),
          c.date('measured_on'),
          c.integer('day_index'),
          c.float('score'),
          { name: 'answers', type: 'text' },
          c.timestamp('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_outcome_measure_date',
            columnNames: ['clinic_id', 'episode_id', 'instrument', 'measured_on'],
            isUnique: true,
          }),
        ],
        foreignKeys: [fk('FK_outcome_measure_episode', ['clinic_id', 'episode_id'], 'episode', ['clinic_id', 'id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'red_flag_alert',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.uuid('episode_id'),
          c.uuid('session_id'),
          c.date('raised_on'),
          c.timestamp('created_at'),
          c.timestamp('resolved_at', { isNullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'UQ_red_flag_alert_session', columnNames: ['clinic_id', 'session_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_red_flag_alert_open', columnNames: ['clinic_id', 'resolved_at'] }),
        ],
        foreignKeys: [
          fk('FK_red_flag_alert_episode', ['clinic_id', 'episode_id'], 'episode', ['clinic_id', 'id']),
          fk('FK_red_flag_alert_session', ['clinic_id', 'session_id'], 'treatment_session', ['clinic_id', 'id'], 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'referral',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.uuid('alert_id'),
          c.date('referred_on'),
          c.code('destination'),
          { name: 'notes', type: 'text', isNullable: true },
          c.uuid('recorded_by_id'),
          c.timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'UQ_referral_alert', columnNames: ['clinic_id', 'alert_id'], isUnique: true })],
        foreignKeys: [
          fk('FK_referral_alert', ['clinic_id', 'alert_id'], 'red_flag_alert', ['clinic_id', 'id'], 'CASCADE'),
          fk('FK_referral_recorded_by', ['clinic_id', 'recorded_by_id'], 'app_user', ['clinic_id', 'id']),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.uuid('actor_user_id', { isNullable: true }),
          c.text('actor_role', 16, { isNullable: true }),
          c.text('action', 64),
          c.text('object_type', 32, { isNullable: true }),
          c.text('object_id', 64, { isNullable: true }),
          c.timestamp('occurred_at'),
          { name: 'detail', type: 'text', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_audit_event_time', columnNames: ['clinic_id', 'occurred_at'] })],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'audit_event',
      'referral',
      'red_flag_alert',
      'outcome_measure',
      'non_opioid_use',
      'medication_item',
      'medication_report',
      'session_red_flag',
      'session_region',
      'session_technique',
      'treatment_session',
      'episode',
      'patient',
      'user_session',
      'app_user',
      'clinic',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
