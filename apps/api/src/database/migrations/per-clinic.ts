import type { QueryRunner } from 'typeorm';

/**
 * Runs `sql` once per clinic, with the clinic's id as $1 and set as the transaction's clinic, so
 * row-level security admits its rows to a migration owner that is not a superuser too; the clinic
 * is cleared afterwards. PostgreSQL only (SQLite has no row-level security: run `sql` once, unfiltered).
 * Migrations depend on this file, so it only ever grows; what it does never changes.
 */
export async function forEachClinic(queryRunner: QueryRunner, sql: string): Promise<void> {
  const clinics = (await queryRunner.query('SELECT id FROM clinic ORDER BY id')) as { id: string }[];
  for (const { id } of clinics) {
    await queryRunner.query(`SELECT set_config('app.clinic_id', $1, true)`, [id]);
    await queryRunner.query(sql, [id]);
  }
  await queryRunner.query(`SELECT set_config('app.clinic_id', '', true)`);
}
