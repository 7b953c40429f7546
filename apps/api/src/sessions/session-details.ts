import type { BodyRegion, RedFlag, Technique } from '@outcomes/models';
import { type EntityManager, In } from 'typeorm';
import { groupByKey } from '../common/group-by';
import { SessionRedFlag, SessionRegion, SessionTechnique, type TreatmentSession } from './treatment-session.entity';

/** Fills techniques, regions and red flags of many sessions with three queries in all. */
export async function attachSessionDetails(
  manager: EntityManager,
  clinicId: string,
  sessions: TreatmentSession[],
): Promise<TreatmentSession[]> {
  if (sessions.length === 0) return sessions;
  const where = { clinicId, sessionId: In(sessions.map((session) => session.id)) };
  const [techniques, regions, redFlags] = await Promise.all([
    manager.find(SessionTechnique, { where, order: { technique: 'ASC' } }),
    manager.find(SessionRegion, { where, order: { region: 'ASC' } }),
    manager.find(SessionRedFlag, { where, order: { redFlag: 'ASC' } }),
  ]);
  const bySession = (row: { sessionId: string }): string => row.sessionId;
  const techniquesBySession = groupByKey(techniques, bySession);
  const regionsBySession = groupByKey(regions, bySession);
  const redFlagsBySession = groupByKey(redFlags, bySession);
  for (const session of sessions) {
    session.techniques = (techniquesBySession.get(session.id) ?? []).map((row) => row.technique as Technique);
    session.regions = (regionsBySession.get(session.id) ?? []).map((row) => row.region as BodyRegion);
    session.redFlags = (redFlagsBySession.get(session.id) ?? []).map((row) => row.redFlag as RedFlag);
  }
  return sessions;
}
