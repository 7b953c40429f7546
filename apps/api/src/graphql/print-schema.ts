import { NestFactory } from '@nestjs/core';
import fs from 'node:fs';
import 'reflect-metadata';
import { AppModule } from '../app.module';
import { schemaText } from './schema-text';

/** Writes the schema to the path given (apps/api/schema.gql), booting the app on an in-memory database. */
async function main(): Promise<void> {
  const [target] = process.argv.slice(2);
  if (!target) throw new Error('usage: print-schema <path/to/schema.gql>');
  const app = await NestFactory.create(
    AppModule.forRoot({ database: { databaseUrl: undefined, sqlitePath: ':memory:' }, production: false }),
    { logger: ['error'] },
  );
  await app.init();
  fs.writeFileSync(target, schemaText(app));
  await app.close();
}

void main();
