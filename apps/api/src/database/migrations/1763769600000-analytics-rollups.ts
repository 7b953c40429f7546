import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { dialectOfDriver } from '../dialect';
import { columnsFor, fk } from './table-columns';

/**
 * Rollups for the outcome analytics, maintained in the same transaction as each write to an
 * episode, so that aggregation reads sufficient statistics instead of raw sessions.
 */
export class AnalyticsRollups1763769600000 implements MigrationInterface {
  name = 'AnalyticsRollups1763769600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(dialectOfDriver(queryRunner.connection.options.type));
    const key = [c.uuid('clinic_id', { isPrimary: true }), c.uuid('episode_id', { isPrimary: true })];
    const toEpisode = (table: string) =>
      fk(`FK_${table}_episode`, ['clinic_id', 'episode_id'], 'episode', ['clinic_id', 'id'], 'CASCADE');

    await queryRunner.createTable(
      new Table({
        name: 'episode_outcome',
        columns: [
          ...key,
          c.integer('session_count'),
          c.integer('baseline_pain', { isNullable: true }),
          c.integer('latest_pain', { isNullable: true }),
          c.date('last_session_date', { isNullable: true }),
          c.integer('last_day_index', { isNullable: true }),
          c.integer('response_day_index', { isNullable: true }),
          c.float('baseline_mme', { isNullable: true }),
          c.float('latest_mme', { isNullable: true }),
          c.float('baseline_non_opioid_doses', { isNullable: true }),
          c.float('latest_non_opioid_doses', { isNullable: true }),
        ],
        foreignKeys: [toEpisode('episode_outcome')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'episode_week_pain',
        columns: [...key, c.integer('week', { isPrimary: true }), c.integer('pain_sum'), c.integer('pain_count')],
        foreignKeys: [toEpisode('episode_week_pain')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'episode_technique',
        columns: [...key, c.code('technique', { isPrimary: true }), c.integer('session_count')],
        foreignKeys: [toEpisode('episode_technique')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'episode_gap',
        columns: [...key, c.integer('gap_days', { isPrimary: true }), c.integer('gap_count')],
        foreignKeys: [toEpisode('episode_gap')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'episode_week_medication',
        columns: [...key, c.integer('week', { isPrimary: true }), c.float('daily_mme'), c.float('non_opioid_doses')],
        foreignKeys: [toEpisode('episode_week_medication')],
      }),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['episode_week_medication', 'episode_gap', 'episode_technique', 'episode_week_pain', 'episode_outcome']) {
      await queryRunner.dropTable(table);
    }
  }
}
