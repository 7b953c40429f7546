import fs from 'node:fs';
import path from 'node:path';
import { schemaText } from '../../src/graphql/schema-text';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the committed GraphQL schema', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(() => testApp.close());

  it('is the schema the code serves (regenerate with `npx nx run api:schema`)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.gql'), 'utf8');

    expect(schemaText(testApp.app)).toBe(committed);
  });
});
