import fs from 'node:fs';
import path from 'node:path';
import { API_ENVIRONMENT, API_NODE_FLAGS } from './launch';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('the API is started the same way everywhere', () => {
  it('npm start starts it with the launch settings', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts['start'] ?? '';
    const command = start.slice(start.lastIndexOf('&&') + 2).trim();
    expect(command).toBe(`${Object.entries(API_ENVIRONMENT).map(([name, value]) => `${name}=${value}`).join(' ')} node ${API_NODE_FLAGS.join(' ')} dist/apps/api/src/main.js`);
  });

  it('the browser tests start it with the same settings (they may not import the API, so they repeat them)', () => {
    const launcher = read('apps/dashboard/e2e/realApp.ts');
    for (const flag of API_NODE_FLAGS) expect(launcher).toContain(`'${flag}'`);
    for (const [name, value] of Object.entries(API_ENVIRONMENT)) expect(launcher).toContain(`${name}: '${value}'`);
  });
});
