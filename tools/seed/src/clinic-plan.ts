import { CLINIC_TABLES, clinicRows, countRows, type ClinicTable } from './clinic-tables';
import { type CopyTable, type CopyTableSpec, copyTable } from './copy-format';
import { generateDemoClinic } from './demo';
import { generateClinic, type GeneratedClinic } from './generate';
import { SeededRandom } from './random';

/**
 * What to generate for one clinic, as plain data: it crosses to the generation worker by
 * structured clone, and the same plan always gives the same rows.
 */
export type ClinicPlan =
  | { kind: 'demo'; label: string; today: string; passwordHash: string }
  | {
      kind: 'generated';
      label: string;
      /** clinic-N: N takes the N-th stream of the seed. */
      clinicIndex: number;
      seed: number;
      patients: number;
      startDate: string;
      endDate: string;
      today: string;
      passwordHash: string;
    };

/** A clinic ready to load: its rows as generated (INSERT) or already written as COPY text. */
export interface PreparedClinic {
  label: string;
  clinicId: string;
  patients: number;
  episodes: number;
  sessions: number;
  rowsByTable: Record<ClinicTable, number>;
  totalRows: number;
  generated?: GeneratedClinic;
  copy?: CopyTable[];
}

/** The N-th stream of a seed (N from 1): what clinic-N is generated from, however many clinics came before. */
export function clinicStream(seed: number, clinicIndex: number): SeededRandom {
  const root = SeededRandom.fromSeed(seed);
  for (let index = 1; index < clinicIndex; index += 1) root.split();
  return root.split();
}

export function generatePlannedClinic(plan: ClinicPlan): GeneratedClinic {
  if (plan.kind === 'demo') return generateDemoClinic({ today: plan.today, passwordHash: plan.passwordHash });
  return generateClinic(clinicStream(plan.seed, plan.clinicIndex), {
    clinicIndex: plan.clinicIndex,
    patients: plan.patients,
    startDate: plan.startDate,
    endDate: plan.endDate,
    today: plan.today,
    passwordHash: plan.passwordHash,
  });
}

/** A generated clinic as COPY text, table by table in foreign-key order (the specs come from load.ts). */
export function copyTables(generated: GeneratedClinic, specs: readonly CopyTableSpec[]): CopyTable[] {
  const rows = clinicRows(generated);
  return CLINIC_TABLES.map((table) => {
    const spec = specs.find((candidate) => candidate.table === table);
    if (!spec) throw new Error(`no COPY columns for table ${table}`);
    return copyTable(spec, rows[table]);
  });
}

/**
 * Generates a planned clinic and, given COPY specs, writes it as COPY text, keeping only the text
 * (the rows themselves would double what crosses from the worker).
 */
export function prepareClinic(plan: ClinicPlan, copySpecs: readonly CopyTableSpec[] | null): PreparedClinic {
  const generated = generatePlannedClinic(plan);
  const rowsByTable = countRows(generated);
  return {
    label: plan.label,
    clinicId: generated.clinic.id,
    patients: generated.patients.length,
    episodes: generated.episodes.length,
    sessions: generated.treatmentSessions.length,
    rowsByTable,
    totalRows: Object.values(rowsByTable).reduce((sum, rows) => sum + rows, 0),
    ...(copySpecs ? { copy: copyTables(generated, copySpecs) } : { generated }),
  };
}
