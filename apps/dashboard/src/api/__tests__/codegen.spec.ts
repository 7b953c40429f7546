/**
 * @jest-environment node
 */
// The generated GraphQL code (src/gql/) is committed. This fails when it no longer matches what
// codegen.mjs makes from apps/api/schema.gql and the operations in src/: after a schema change or
// a new operation, run `npx nx run dashboard:codegen` and commit the result.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PROJECT_ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(PROJECT_ROOT, 'codegen.mjs');
const GENERATED = path.join(PROJECT_ROOT, 'src/gql');

function runCheck(outDir?: string): { status: number | null; output: string } {
  const args = [SCRIPT, '--check', ...(outDir ? ['--out', outDir] : [])];
  const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('generated GraphQL code', () => {
  jest.setTimeout(60_000);

  it('matches a fresh generation from the committed schema and the operations', () => {
    const { status, output } = runCheck();

    expect(output).toContain('GraphQL code up to date');
    expect(status).toBe(0);
  });

  it('fails, naming the file, when the committed output has drifted', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'dashboard-gql-'));
    try {
      cpSync(GENERATED, copy, { recursive: true });
      const graphqlFile = path.join(copy, 'graphql.ts');
      writeFileSync(graphqlFile, readFileSync(graphqlFile, 'utf8').replace('export type MeQuery', 'export type MeQueryOld'));

      const { status, output } = runCheck(copy);

      expect(status).toBe(1);
      expect(output).toContain('graphql.ts: differs');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
