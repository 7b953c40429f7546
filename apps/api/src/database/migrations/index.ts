import { InitialSchema1763683200000 } from './1763683200000-initial-schema';
import { AnalyticsRollups1763769600000 } from './1763769600000-analytics-rollups';

/** Every migration, in order. Run on both engines; never edited once released. */
export const MIGRATIONS = [InitialSchema1763683200000, AnalyticsRollups1763769600000];
