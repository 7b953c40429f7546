import { parseArgs } from 'node:util';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, rebuildCohortCube } from './api';

/**
 * A large clinic for measuring the export, fast: copies of a seeded clinic's patients with all
 * their records (episodes, sessions and their codes, medication reports, the episode and session rollups),
 * made inside PostgreSQL under new random ids, so 10,000 seeded patients (tools/seed, about a
 * minute) become 160,000 with 15 copies (about 1.2 million sessions) in minutes. The copies are
 * identical in their quasi-identifiers, which k-anonymity then finds easy: for suppression,
 * measure on the seeded clinic itself. PostgreSQL only; never on a production database.
 */
const COPY_STATEMENTS = [
  `CREATE TEMP TABLE patient_copy ON COMMIT DROP AS
     SELECT id AS old_id, gen_random_uuid() AS new_id FROM patient WHERE clinic_id = $1 AND name NOT LIKE '% #%'`,
  `CREATE TEMP TABLE episode_copy ON COMMIT DROP AS
     SELECT e.id AS old_id, gen_random_uuid() AS new_id, c.new_id AS patient_id
     FROM episode e JOIN patient_copy c ON c.old_id = e.patient_id WHERE e.clinic_id = $1`,
  `CREATE TEMP TABLE session_copy ON COMMIT DROP AS
     SELECT s.id AS old_id, gen_random_uuid() AS new_id, c.new_id AS episode_id
     FROM treatment_session s JOIN episode_copy c ON c.old_id = s.episode_id WHERE s.clinic_id = $1`,
  `CREATE TEMP TABLE report_copy ON COMMIT DROP AS
     SELECT r.id AS old_id, gen_random_uuid() AS new_id, c.new_id AS episode_id
     FROM medication_report r JOIN episode_copy c ON c.old_id = r.episode_id WHERE r.clinic_id = $1`,
  `INSERT INTO patient (clinic_id, id, primary_therapist_id, name, birth_date, sex, postal_code, created_at, updated_at)
     SELECT p.clinic_id, c.new_id, p.primary_therapist_id, p.name || ' #' || $2, p.birth_date, p.sex, p.postal_code, p.created_at, p.updated_at
     FROM patient p JOIN patient_copy c ON c.old_id = p.id WHERE p.clinic_id = $1`,
  `INSERT INTO episode (clinic_id, id, patient_id, therapist_id, condition, suspected_cause, planned_frequency, start_date,
       symptom_duration_weeks, status, end_date, created_at, updated_at)
     SELECT e.clinic_id, c.new_id, c.patient_id, e.therapist_id, e.condition, e.suspected_cause, e.planned_frequency, e.start_date,
       e.symptom_duration_weeks, e.status, e.end_date, e.created_at, e.updated_at
     FROM episode e JOIN episode_copy c ON c.old_id = e.id WHERE e.clinic_id = $1`,
  `INSERT INTO treatment_session (clinic_id, id, episode_id, therapist_id, session_date, day_index, pain_before, pain_after, position,
       minutes, notes, client_request_id, version, created_at, updated_at)
     SELECT s.clinic_id, c.new_id, c.episode_id, s.therapist_id, s.session_date, s.day_index, s.pain_before, s.pain_after, s.position,
       s.minutes, s.notes, c.new_id::text, s.version, s.created_at, s.updated_at
     FROM treatment_session s JOIN session_copy c ON c.old_id = s.id WHERE s.clinic_id = $1`,
  `INSERT INTO session_technique (clinic_id, session_id, technique)
     SELECT t.clinic_id, c.new_id, t.technique FROM session_technique t JOIN session_copy c ON c.old_id = t.session_id WHERE t.clinic_id = $1`,
  `INSERT INTO session_region (clinic_id, session_id, region)
     SELECT t.clinic_id, c.new_id, t.region FROM session_region t JOIN session_copy c ON c.old_id = t.session_id WHERE t.clinic_id = $1`,
  `INSERT INTO session_red_flag (clinic_id, session_id, red_flag)
     SELECT t.clinic_id, c.new_id, t.red_flag FROM session_red_flag t JOIN session_copy c ON c.old_id = t.session_id WHERE t.clinic_id = $1`,
  `INSERT INTO medication_report (clinic_id, id, episode_id, report_date, day_index, daily_mme, factor_table, created_at)
     SELECT r.clinic_id, c.new_id, c.episode_id, r.report_date, r.day_index, r.daily_mme, r.factor_table, r.created_at
     FROM medication_report r JOIN report_copy c ON c.old_id = r.id WHERE r.clinic_id = $1`,
  `INSERT INTO non_opioid_use (clinic_id, report_id, drug_class, doses_per_week)
     SELECT u.clinic_id, c.new_id, u.drug_class, u.doses_per_week FROM non_opioid_use u JOIN report_copy c ON c.old_id = u.report_id WHERE u.clinic_id = $1`,
  `INSERT INTO episode_outcome (clinic_id, episode_id, status, planned_frequency, start_date, session_count, baseline_pain, latest_pain,
       last_session_date, last_day_index, response_day_index, baseline_mme, latest_mme, baseline_non_opioid_doses, latest_non_opioid_doses,
       factor_table_reports)
     SELECT o.clinic_id, c.new_id, o.status, o.planned_frequency, o.start_date, o.session_count, o.baseline_pain, o.latest_pain,
       o.last_session_date, o.last_day_index, o.response_day_index, o.baseline_mme, o.latest_mme, o.baseline_non_opioid_doses, o.latest_non_opioid_doses,
       o.factor_table_reports
     FROM episode_outcome o JOIN episode_copy c ON c.old_id = o.episode_id WHERE o.clinic_id = $1`,
  `INSERT INTO episode_technique (clinic_id, episode_id, technique, session_count)
     SELECT o.clinic_id, c.new_id, o.technique, o.session_count FROM episode_technique o JOIN episode_copy c ON c.old_id = o.episode_id WHERE o.clinic_id = $1`,
  `INSERT INTO episode_week_pain (clinic_id, episode_id, week, pain_sum, pain_count)
     SELECT o.clinic_id, c.new_id, o.week, o.pain_sum, o.pain_count FROM episode_week_pain o JOIN episode_copy c ON c.old_id = o.episode_id WHERE o.clinic_id = $1`,
  `INSERT INTO episode_gap (clinic_id, episode_id, gap_days, gap_count)
     SELECT o.clinic_id, c.new_id, o.gap_days, o.gap_count FROM episode_gap o JOIN episode_copy c ON c.old_id = o.episode_id WHERE o.clinic_id = $1`,
  `INSERT INTO episode_week_medication (clinic_id, episode_id, week, daily_mme, non_opioid_doses)
     SELECT o.clinic_id, c.new_id, o.week, o.daily_mme, o.non_opioid_doses
     FROM episode_week_medication o JOIN episode_copy c ON c.old_id = o.episode_id WHERE o.clinic_id = $1`,
  `INSERT INTO episode_cohort (clinic_id, episode_id, dimension, cohort)
     SELECT o.clinic_id, c.new_id, o.dimension, o.cohort FROM episode_cohort o JOIN episode_copy c ON c.old_id = o.episode_id WHERE o.clinic_id = $1`,
  `INSERT INTO session_export (clinic_id, episode_id, session_date, session_id, ordinal, day_index, pain_before, pain_after, position, minutes,
       techniques, regions, red_flags, daily_mme, non_opioid_doses, factor_table, cells_head, cells_tail)
     SELECT o.clinic_id, c.episode_id, o.session_date, c.new_id, o.ordinal, o.day_index, o.pain_before, o.pain_after, o.position, o.minutes,
       o.techniques, o.regions, o.red_flags, o.daily_mme, o.non_opioid_doses, o.factor_table, o.cells_head, o.cells_tail
     FROM session_export o JOIN session_copy c ON c.old_id = o.session_id WHERE o.clinic_id = $1`,
  `INSERT INTO session_export_block (clinic_id, episode_id, sessions, records)
     SELECT o.clinic_id, c.new_id, o.sessions, o.records FROM session_export_block o JOIN episode_copy c ON c.old_id = o.episode_id WHERE o.clinic_id = $1`,
];

/** Adds `copies` copies of the clinic's original patients (those without a ' #n' suffix), one transaction each. */
export async function multiplyClinic(dataSource: DataSource, clinicId: string, copies: number, onCopy?: (copy: number) => void): Promise<void> {
  if (dataSource.options.type !== 'postgres') throw new Error('bench-data copies clinics on PostgreSQL only');
  for (let copy = 1; copy <= copies; copy += 1) {
    await dataSource.transaction(async (manager) => {
      for (const statement of COPY_STATEMENTS) {
        // The copy number only names the copies; the temp tables take the clinic alone.
        await manager.query(statement, statement.includes('$2') ? [clinicId, String(copy)] : [clinicId]);
      }
    });
    onCopy?.(copy);
  }
  // The copies' rollups were copied with them; the clinic's cohort cube is built once over all.
  await dataSource.transaction((manager) => rebuildCohortCube(manager, clinicId));
  await dataSource.query('VACUUM ANALYZE');
}

async function benchDataMain(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { clinic: { type: 'string' }, copies: { type: 'string', default: '15' } } });
  const databaseUrl = process.env['DATABASE_URL'];
  if (!values.clinic || !databaseUrl) {
    process.stderr.write('Usage: DATABASE_URL=postgres://... bench-data --clinic ID [--copies 15]\n');
    return 2;
  }
  const dataSource = await new DataSource(dataSourceOptions({ databaseUrl, sqlitePath: ':memory:' })).initialize();
  try {
    await multiplyClinic(dataSource, values.clinic, Number(values.copies), (copy) => process.stderr.write(`copy ${copy} done\n`));
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  benchDataMain(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`bench-data failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
