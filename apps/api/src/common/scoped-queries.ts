import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Episode } from '../episodes/episode.entity';
import { Patient } from '../patients/patient.entity';
import type { AccessScope } from './access-scope';
import { ForbiddenError, NotFoundError } from './errors';

/**
 * The one place a user's scope becomes SQL. Every read of patients and episodes starts here:
 * the clinic always, and for a therapist only their own caseload.
 */
export function scopedEpisodes(manager: EntityManager, scope: AccessScope): SelectQueryBuilder<Episode> {
  const query = manager
    .getRepository(Episode)
    .createQueryBuilder('episode')
    .where('episode.clinicId = :clinicId', { clinicId: scope.clinicId });
  if (scope.therapistId) query.andWhere('episode.therapistId = :therapistId', { therapistId: scope.therapistId });
  return query;
}

/** A therapist's patients: those they are primary therapist of, or treat in an episode. */
export function scopedPatients(manager: EntityManager, scope: AccessScope): SelectQueryBuilder<Patient> {
  const query = manager
    .getRepository(Patient)
    .createQueryBuilder('patient')
    .where('patient.clinicId = :clinicId', { clinicId: scope.clinicId });
  if (scope.therapistId) {
    query.andWhere(
      `(patient.primaryTherapistId = :therapistId OR EXISTS (
         SELECT 1 FROM episode own_episode
         WHERE own_episode.clinic_id = patient.clinic_id AND own_episode.patient_id = patient.id
           AND own_episode.therapist_id = :therapistId))`,
      { therapistId: scope.therapistId },
    );
  }
  return query;
}

/**
 * An episode the user may act on. Another clinic's episode does not exist for them (NOT_FOUND);
 * another therapist's episode in the same clinic is refused (FORBIDDEN).
 */
export async function accessibleEpisode(manager: EntityManager, scope: AccessScope, id: string): Promise<Episode> {
  const episode = await manager.findOneBy(Episode, { clinicId: scope.clinicId, id });
  if (!episode) throw new NotFoundError('Episode', id);
  if (scope.therapistId && episode.therapistId !== scope.therapistId) {
    throw new ForbiddenError('This episode belongs to another therapist’s caseload.');
  }
  return episode;
}

export async function accessiblePatient(manager: EntityManager, scope: AccessScope, id: string): Promise<Patient> {
  const patient = await manager.findOneBy(Patient, { clinicId: scope.clinicId, id });
  if (!patient) throw new NotFoundError('Patient', id);
  if (scope.therapistId) {
    const visible = await scopedPatients(manager, scope).andWhere('patient.id = :id', { id }).getExists();
    if (!visible) throw new ForbiddenError('This patient belongs to another therapist’s caseload.');
  }
  return patient;
}
