import type { RealApp } from './realApp';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { outcomesRealApp?: RealApp }).outcomesRealApp?.stop();
}
