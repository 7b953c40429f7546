import type { EntityManager } from 'typeorm';
import { Clinic } from '../clinics/clinic.entity';
import { todayIn } from '../common/dates';
import { InvalidInputError } from '../common/errors';
import type { Episode } from './episode.entity';

/** Today in the clinic's time zone. */
export async function clinicToday(manager: EntityManager, clinicId: string): Promise<string> {
  const clinic = await manager.findOneByOrFail(Clinic, { id: clinicId });
  return todayIn(clinic.timezone);
}

/** Nothing is dated in the clinic's future. */
export async function checkNotFuture(manager: EntityManager, clinicId: string, date: string, field: string): Promise<void> {
  const today = await clinicToday(manager, clinicId);
  if (date > today) throw InvalidInputError.field(field, `This date is in the future (today is ${today}).`);
}

/**
 * A dated record of an episode (session, medication report, questionnaire) falls on or after the
 * episode's start, not after its end, and not in the future.
 */
export async function checkEpisodeDate(manager: EntityManager, episode: Episode, date: string, field: string): Promise<void> {
  if (date < episode.startDate) {
    throw InvalidInputError.field(field, `The episode started on ${episode.startDate}; this date cannot be earlier.`);
  }
  if (episode.endDate && date > episode.endDate) {
    throw InvalidInputError.field(field, `The episode ended on ${episode.endDate}; this date cannot be later.`);
  }
  await checkNotFuture(manager, episode.clinicId, date, field);
}
