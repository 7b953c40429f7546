import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('builds the schema the entities describe, leaving nothing for migration:generate to write', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied.length).toBeGreaterThan(0);

    const drift = await dataSource.driver.createSchemaBuilder().log();

    expect(drift.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('undoes every migration down to an empty database', async () => {
    while ((await dataSource.query(migrationCountSql(dataSource)))[0].count > 0) {
      await dataSource.undoLastMigration();
    }
    const tables = await dataSource.createQueryRunner().getTables(['clinic', 'treatment_session']);

    expect(tables).toEqual([]);
  });
});

function migrationCountSql(dataSource: DataSource): string {
  return `SELECT COUNT(*) AS count FROM ${dataSource.driver.escape('migrations')}`;
}
