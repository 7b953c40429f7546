import { Role, SuspectedCause } from '@outcomes/models';
import type { EntityManager } from 'typeorm';
import { AccessScope } from '../common/access-scope';
import { CubeFigureCache } from './cube-figure-cache';

/** A manager whose only statement, the cube-state check, answers what `state` says now. */
function managerAnswering(state: { generation: number | null; unsettled: 0 | 1 }): EntityManager {
  return {
    connection: { driver: { escapeQueryWithParameters: (sql: string) => [sql, []] } },
    query: async () => [{ generation: state.generation, unsettled: state.unsettled }],
  } as unknown as EntityManager;
}

const OWNER = new AccessScope('3f1f0a52-98c8-4a54-9d35-1b1f2d7c0f01', '3f1f0a52-98c8-4a54-9d35-1b1f2d7c0f02', Role.OWNER);

describe('CubeFigureCache', () => {
  it('reuses a figure within one generation with nothing pending, and computes afresh otherwise', async () => {
    const state: { generation: number | null; unsettled: 0 | 1 } = { generation: 3, unsettled: 0 };
    const manager = managerAnswering(state);
    const cache = new CubeFigureCache();
    let computed = 0;
    const figure = (): Promise<{ n: number }> => cache.figure(manager, OWNER, null, ['trajectory'], async () => ({ n: ++computed }));

    const first = await figure();
    expect(await figure()).toBe(first);
    state.unsettled = 1; // a delta pending
    expect(await figure()).toEqual({ n: 2 });
    state.unsettled = 0;
    state.generation = 4; // folded in
    expect(await figure()).toEqual({ n: 3 });
    expect(await figure()).toEqual({ n: 3 });
    expect(computed).toBe(3);
  });

  it('never keeps a filtered or a therapist-scoped figure', async () => {
    const manager = managerAnswering({ generation: 1, unsettled: 0 });
    const cache = new CubeFigureCache();
    let computed = 0;
    const therapist = new AccessScope(OWNER.clinicId, OWNER.userId, Role.THERAPIST);
    await cache.figure(manager, OWNER, { causes: [SuspectedCause.PIRIFORMIS] }, ['trajectory'], async () => ++computed);
    await cache.figure(manager, OWNER, { causes: [SuspectedCause.PIRIFORMIS] }, ['trajectory'], async () => ++computed);
    await cache.figure(manager, therapist, null, ['trajectory'], async () => ++computed);
    await cache.figure(manager, therapist, null, ['trajectory'], async () => ++computed);
    expect(computed).toBe(4);
    expect(cache.usage.figures).toBe(0);
  });

  it('keeps figures up to its size in JSON, dropping the least recently used first', async () => {
    const manager = managerAnswering({ generation: 1, unsettled: 0 });
    // Each entry: its key's JSON and its figure's; three fit, four do not.
    const figureOf = (name: string): { text: string } => ({ text: name.repeat(20) });
    const entryBytes = (name: string): number =>
      JSON.stringify([OWNER.clinicId, 1, OWNER.role, name]).length + JSON.stringify(figureOf(name)).length;
    const cache = new CubeFigureCache(entryBytes('a') * 3 + 1);
    const computed: string[] = [];
    const read = (name: string): Promise<{ text: string }> =>
      cache.figure(manager, OWNER, null, [name], async () => {
        computed.push(name);
        return figureOf(name);
      });

    await read('a');
    await read('b');
    await read('c');
    await read('a'); // used again: b is now the least recently used
    await read('d'); // over the size: b goes
    expect(cache.usage).toEqual({ figures: 3, bytes: entryBytes('a') * 3 });
    await read('a');
    await read('c');
    await read('d');
    await read('b');
    expect(computed).toEqual(['a', 'b', 'c', 'd', 'b']);
  });

  it('does not keep a figure larger than its whole size', async () => {
    const manager = managerAnswering({ generation: 1, unsettled: 0 });
    const cache = new CubeFigureCache(10);
    let computed = 0;
    await cache.figure(manager, OWNER, null, ['big'], async () => ({ n: ++computed }));
    await cache.figure(manager, OWNER, null, ['big'], async () => ({ n: ++computed }));
    expect(computed).toBe(2);
    expect(cache.usage).toEqual({ figures: 0, bytes: 0 });
  });
});
