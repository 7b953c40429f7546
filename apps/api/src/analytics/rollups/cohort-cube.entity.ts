import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PrimaryUuidColumn, TimestampColumn } from '../../database/columns';

/**
 * The cohort cube: per clinic, cohort dimension, measure and part, every cell (cohort, measure
 * keys, n episodes and a summed total — sessions for OUTCOME) as one JSON document, so that a
 * figure reads a few rows per measure however many cells it has. Clinic-wide figures with no filter read
 * it instead of scanning the rollups. Only the compactor and bulk rebuilds write it (see
 * cohort-cube.ts).
 */
@Entity('cohort_stat')
export class CohortStat {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  dimension!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  measure!: string;

  /**
   * Which part of the measure's cells: the week for weekly measures (a write rewrites only its
   * week's document), '' for the others.
   */
  @PrimaryColumn({ type: 'varchar', length: 40 })
  part!: string;

  /** JSON: [[cohort, k1, k2, k3, k4, n, total], …], keys as text ('' for null or unused). */
  @Column({ type: 'text' })
  cells!: string;
}

/**
 * Signed changes to the cube, appended by every write in its own transaction (inserts only, so
 * concurrent writers never wait on one another), folded into cohort_stat by the compactor.
 * Readers add both: a figure is exact whether or not the compactor has run.
 */
@Entity('cohort_delta')
export class CohortDelta {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  dimension!: string;

  @Column({ type: 'varchar', length: 40 })
  cohort!: string;

  @Column({ type: 'varchar', length: 16 })
  measure!: string;

  @Column({ type: 'varchar', length: 40 })
  k1!: string;

  @Column({ type: 'varchar', length: 40 })
  k2!: string;

  @Column({ type: 'varchar', length: 40 })
  k3!: string;

  @Column({ type: 'varchar', length: 40 })
  k4!: string;

  @Column({ type: 'integer' })
  n!: number;

  @Column({ type: 'integer' })
  total!: number;
}

/**
 * A clinic whose cube is not built yet (it existed before the cube did): its figures come from
 * the rollups until the API's start rebuilds its cube. A clinic created later has an empty,
 * valid cube from its first write on.
 */
@Entity('cohort_cube_pending')
export class CohortCubePending {
  @PrimaryUuidColumn()
  clinicId!: string;

  @TimestampColumn()
  since!: Date;
}

/**
 * A clinic's cube generation: raised in the same transaction as every change to its cohort_stat
 * documents (compaction, rebuild). While it is unchanged and no delta is pending, a figure
 * computed from the documents is still exact, so the API keeps such figures (see CubeFigureCache).
 */
@Entity('cohort_cube_version')
export class CohortCubeVersion {
  @PrimaryUuidColumn()
  clinicId!: string;

  @Column({ type: 'integer' })
  generation!: number;
}
