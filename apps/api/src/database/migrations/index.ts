import { InitialSchema1763683200000 } from './1763683200000-initial-schema';

/** Every migration, in order. Run on both engines; never edited once released. */
export const MIGRATIONS = [InitialSchema1763683200000];
